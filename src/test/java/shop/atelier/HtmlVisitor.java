package shop.atelier;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A user agent without JavaScript, over real HTTP: it keeps its cookies (the session's and the
 * CSRF token's), follows redirects the way a browser does (and remembers them), reads pages with
 * jsoup and submits the forms it finds there, hidden inputs such as {@code _csrf} included. It
 * only sends fields the form has, as a browser would.
 */
final class HtmlVisitor {

    private static final int MAX_REDIRECTS = 10;

    private final URI origin;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    HtmlVisitor(URI origin) {
        this.origin = origin;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** One response on the way to a page: a redirect's status and where it pointed. */
    record Hop(int status, URI from, URI location) {}

    /** A page as the visitor sees it, with the redirects that led there. */
    record Page(int status, URI uri, HttpHeaders headers, Document document, List<Hop> redirects) {

        String text() {
            return document.text();
        }

        Element one(String cssQuery) {
            var element = document.selectFirst(cssQuery);
            if (element == null) {
                throw new AssertionError("No " + cssQuery + " on " + uri + ":\n" + document.body());
            }
            return element;
        }

        Optional<Element> find(String cssQuery) {
            return Optional.ofNullable(document.selectFirst(cssQuery));
        }

        /** The form whose action ends with the given path (the first if several). */
        FormElement form(String actionEnding) {
            return document.select("form").forms().stream()
                    .filter(form -> form.absUrl("action").endsWith(actionEnding))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "No form posting to …" + actionEnding + " on " + uri + ":\n" + document));
        }

        /** The link whose visible text is exactly the given text. */
        URI link(String text) {
            return document.select("a[href]").stream()
                    .filter(a -> a.text().equals(text))
                    .map(a -> URI.create(a.absUrl("href")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No link \"" + text + "\" on " + uri));
        }

        Hop lastRedirect() {
            if (redirects.isEmpty()) {
                throw new AssertionError("Not redirected to " + uri);
            }
            return redirects.getLast();
        }
    }

    Page open(String pathOrUrl) {
        return open(resolve(pathOrUrl));
    }

    Page open(URI uri) {
        return follow(uri, request(uri).GET().build(), new ArrayList<>());
    }

    /**
     * Submits the form with what it already holds (hidden inputs, checked boxes, selected options)
     * and the given values typed or chosen in it. Every value must belong to a field of the form;
     * radio buttons and selects only take one of their own values.
     */
    Page submit(FormElement form, Map<String, String> values) {
        var data = new ArrayList<Map.Entry<String, String>>();
        form.formData().forEach(pair -> data.add(Map.entry(pair.key(), pair.value())));
        values.forEach((name, value) -> {
            checkFieldOffers(form, name, value);
            data.removeIf(entry -> entry.getKey().equals(name));
            data.add(Map.entry(name, value));
        });
        var body = data.stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        var action = form.absUrl("action").isEmpty()
                ? URI.create(form.ownerDocument().location())
                : URI.create(form.absUrl("action"));
        if ("get".equalsIgnoreCase(form.attr("method")) || form.attr("method").isEmpty()) {
            return open(URI.create(action + "?" + body));
        }
        var request = request(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return follow(action, request, new ArrayList<>());
    }

    Page submit(FormElement form) {
        return submit(form, Map.of());
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(origin).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    URI resolve(String pathOrUrl) {
        return origin.resolve(pathOrUrl);
    }

    private Page follow(URI uri, HttpRequest first, List<Hop> hops) {
        var request = first;
        var current = uri;
        while (true) {
            HttpResponse<String> response = send(request);
            var status = response.statusCode();
            var location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                if (hops.size() == MAX_REDIRECTS) {
                    throw new AssertionError("Too many redirects: " + hops);
                }
                var next = current.resolve(location.get());
                hops.add(new Hop(status, current, next));
                current = next;
                request = request(next).GET().build();
                continue;
            }
            var document = Jsoup.parse(response.body(), current.toString());
            return new Page(status, current, response.headers(), document, List.copyOf(hops));
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while loading " + request.uri(), e);
        }
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", "en");
    }

    private static void checkFieldOffers(FormElement form, String name, String value) {
        var fields = form.elements().stream()
                .filter(element -> element.attr("name").equals(name))
                .toList();
        if (fields.isEmpty()) {
            throw new AssertionError("The form has no field " + name + ":\n" + form);
        }
        var choices = new LinkedHashMap<String, Boolean>();
        for (var field : fields) {
            if (field.nameIs("select")) {
                field.select("option").forEach(option -> choices.put(option.val(), true));
            } else if (field.attr("type").equals("radio")) {
                choices.put(field.val(), !field.hasAttr("disabled"));
            }
        }
        if (!choices.isEmpty() && !choices.getOrDefault(value, false)) {
            throw new AssertionError("The form offers no choice " + value + " for " + name + ": " + choices.keySet());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
