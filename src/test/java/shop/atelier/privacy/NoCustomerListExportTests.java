package shop.atelier.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import shop.atelier.privacy.internal.PrivacyTest;

/**
 * Promise S1: personal data is never sold, rented or traded, so the shop has no way to hand out a
 * list of its customers. Reads every endpoint the application maps and fails on any that exports
 * (CSV, spreadsheet, "export", "download", "dump" in its path or media type) unless it is on the
 * allow-list below, each entry with the reason it is not a customer list. A person's own data under
 * {@code /account/**} (their rights export, promise G1) is about one signed-in person, not a list.
 */
@PrivacyTest
class NoCustomerListExportTests {

    /** Documented exports that are not customer lists. */
    static final List<Pattern> ALLOWED = List.of(
            // The manual carrier's label sheet for staff (issue 4, shipping): one shipment's label data.
            Pattern.compile("^/staff/shipping/.*label.*$"),
            // Signed links to one material, for whoever the link was made for.
            Pattern.compile("^/files/.*$"));

    static final Pattern EXPORT_PATH =
            Pattern.compile("(?i)(export|csv|xlsx?|download|dump|mailing-list|customers?-list|contacts?-list)");
    /** A machine-readable list of people: the way a list would leave the shop without a file. */
    static final Pattern LIST_API = Pattern.compile("(?i)^/api/.*/(customers|contacts|subscribers|emails|people)/?$");

    static final Pattern EXPORT_TYPE = Pattern.compile("(?i)(text/csv|spreadsheet|ms-excel|vnd\\.oasis|text/tab)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noEndpointExportsCustomersOrContacts() {
        var offenders = new ArrayList<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (var path : paths(info)) {
                var produces =
                        info.getProducesCondition().getProducibleMediaTypes().toString();
                var exports = EXPORT_PATH.matcher(path).find()
                        || LIST_API.matcher(path).matches()
                        || EXPORT_TYPE.matcher(produces).find()
                        || EXPORT_PATH.matcher(method.getMethod().getName()).find();
                if (exports
                        && !path.startsWith("/account/")
                        && ALLOWED.stream().noneMatch(p -> p.matcher(path).matches())) {
                    offenders.add(path + " -> " + method.getBeanType().getName() + "#"
                            + method.getMethod().getName());
                }
            }
        });
        assertThat(offenders)
                .as("endpoints that look like an export of customers or contacts (promise S1)")
                .isEmpty();
    }

    @Test
    void theScanSeesTheApplicationsEndpoints() {
        var all = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> paths(info).stream())
                .toList();
        assertThat(all).contains("/account/privacy/disclosures", "/staff/privacy/disclosures");
        assertThat(EXPORT_PATH.matcher("/staff/customers/export").find()).isTrue();
        assertThat(LIST_API.matcher("/api/v1/staff/contacts").matches()).isTrue();
        assertThat(EXPORT_PATH.matcher("/contact").find()).isFalse();
        assertThat(EXPORT_TYPE.matcher("[text/csv]").find()).isTrue();
    }

    static List<String> paths(RequestMappingInfo info) {
        var patterns = info.getPathPatternsCondition();
        if (patterns != null) {
            return patterns.getPatternValues().stream().toList();
        }
        var legacy = info.getPatternsCondition();
        return legacy == null
                ? List.of()
                : legacy.getPatterns().stream()
                        .map(p -> p.toLowerCase(Locale.ROOT))
                        .toList();
    }
}
