package shop.atelier.authz;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * A mapped HTTP endpoint: a method ({@code *} when the mapping accepts any) and a path pattern as
 * the mapping declares it, e.g. {@code GET /account/orders/{id}}.
 */
public record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

    private static final Comparator<Endpoint> ORDER =
            Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method);

    /**
     * Every endpoint the running application maps: each pattern × each HTTP method of every handler
     * method in every {@link RequestMappingInfoHandlerMapping} bean. That covers the controllers
     * ({@code RequestMappingHandlerMapping}) and the actuator's web endpoints, which Boot maps with a
     * handler mapping of the same family.
     */
    public static Set<Endpoint> mappedIn(ApplicationContext context) {
        var endpoints = new TreeSet<Endpoint>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> add(info, endpoints)));
        return endpoints;
    }

    private static void add(RequestMappingInfo info, Set<Endpoint> endpoints) {
        var methods = info.getMethodsCondition().getMethods();
        for (var pattern : info.getPatternValues()) {
            if (methods.isEmpty()) {
                endpoints.add(new Endpoint("*", pattern));
            }
            for (RequestMethod method : methods) {
                endpoints.add(new Endpoint(method.name(), pattern));
            }
        }
    }

    /** The method to send: a mapping for any method is probed with GET. */
    public String methodToSend() {
        return method.equals("*") ? "GET" : method;
    }

    /** GET and HEAD change nothing, so they run before everything else. */
    public boolean isSafe() {
        return methodToSend().equals("GET") || methodToSend().equals("HEAD");
    }

    @Override
    public int compareTo(Endpoint other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
