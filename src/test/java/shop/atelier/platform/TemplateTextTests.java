package shop.atelier.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * User-facing text lives in message bundles: templates contain no literal text outside elements
 * whose text Thymeleaf replaces, and every message key they use exists.
 */
class TemplateTextTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)");
    static final List<String> TEXT_ATTRIBUTES = List.of("th:text", "th:utext", "th:errors");
    static final List<String> FRAGMENT_ATTRIBUTES = List.of("th:replace", "th:insert");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        var offenders = new ArrayList<String>();
        for (var template : templates()) {
            var document = Jsoup.parse(Files.readString(template));
            for (Element element : document.getAllElements()) {
                if (element.nameIs("script") || element.nameIs("style") || element.nameIs("pre")) {
                    continue;
                }
                var text = element.ownText().strip();
                if (text.codePoints().anyMatch(Character::isLetter) && !textIsReplaced(element)) {
                    offenders.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + text);
                }
            }
        }
        assertThat(offenders)
                .as("literal text in templates; use #{...} from a message bundle")
                .isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        var messages = new Properties();
        try (var bundles = Files.list(BUNDLES)) {
            for (var bundle :
                    bundles.filter(p -> p.toString().endsWith(".properties")).toList()) {
                try (var reader = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
            }
        }
        var missing = new ArrayList<String>();
        for (var template : templates()) {
            var matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!messages.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing)
                .as("message keys used in templates but missing from every bundle")
                .isEmpty();
    }

    /** The text is replaced by th:text on it or an ancestor, or the element is swapped for a fragment. */
    private static boolean textIsReplaced(Element element) {
        for (var attribute : FRAGMENT_ATTRIBUTES) {
            if (element.hasAttr(attribute) && !element.nameIs("html")) {
                return true;
            }
        }
        for (var current = element; current != null; current = current.parent()) {
            for (var attribute : TEXT_ATTRIBUTES) {
                if (current.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
