package shop.atelier.orders.internal.web;

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
import org.junit.jupiter.api.Test;

/**
 * All user-facing text of the module is in {@code i18n/orders.properties}: every key the templates
 * and the code use exists, and no template shows text that is not from the bundle.
 */
class OrderMessagesTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final List<Path> SOURCES = List.of(
            TEMPLATES.resolve("orders"),
            TEMPLATES.resolve("mail/orders"),
            Path.of("src/main/java/shop/atelier/orders"));
    static final Pattern TEMPLATE_KEY = Pattern.compile("(?:#\\{|')(orders\\.[a-z0-9.-]+)");
    static final Pattern JAVA_KEY = Pattern.compile("\"(orders\\.[a-z0-9-]+\\.[a-z0-9.-]+)\"");
    static final Pattern TEXT_AFTER_CLOSING_TAG = Pattern.compile("</[a-z0-9:]+>([^<]*)(?=<)");
    static final Pattern LITERAL_TEXT = Pattern.compile("<([a-z0-9]+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)(?=<)");

    @Test
    void everyKeyInUseExists() throws IOException {
        var bundle = bundle();
        var missing = new ArrayList<String>();
        for (var file : files()) {
            var pattern = file.toString().endsWith(".java") ? JAVA_KEY : TEMPLATE_KEY;
            var matcher = pattern.matcher(Files.readString(file));
            while (matcher.find()) {
                var key = matcher.group(1);
                var dynamic = key.endsWith(".")
                        || bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                if (!bundle.containsKey(key) && !dynamic) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStatusHasALabelAndATimelineEntry() throws IOException {
        var bundle = bundle();
        for (var status : shop.atelier.orders.OrderStatus.values()) {
            assertThat(bundle).containsKey("orders.status." + status).containsKey("orders.timeline." + status);
        }
    }

    @Test
    void templatesShowNoTextOutsideTheBundle() throws IOException {
        var literals = new ArrayList<String>();
        for (var file : files()) {
            if (!file.toString().endsWith(".html")) {
                continue;
            }
            var html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
            var matcher = LITERAL_TEXT.matcher(html);
            while (matcher.find()) {
                var attributes = matcher.group(2);
                var text = matcher.group(3).strip();
                var replaced = attributes.contains("th:text")
                        || attributes.contains("th:utext")
                        || attributes.contains("th:errors")
                        || attributes.contains("th:replace");
                if (!replaced && text.matches(".*\\p{L}.*")) {
                    literals.add(file.getFileName() + ": " + text);
                }
            }
            var after = TEXT_AFTER_CLOSING_TAG.matcher(html);
            while (after.find()) {
                if (after.group(1).matches("(?s).*\\p{L}.*")) {
                    literals.add(file.getFileName() + ": " + after.group(1).strip());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<Path> files() throws IOException {
        var files = new ArrayList<Path>();
        for (var root : SOURCES) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    private static Properties bundle() throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(
                Files.newInputStream(Path.of("src/main/resources/i18n/orders.properties")), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
