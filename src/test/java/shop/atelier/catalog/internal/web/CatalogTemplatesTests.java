package shop.atelier.catalog.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.internal.CharacterRule;

/** Every text a page shows comes from the message bundle, and every key a page asks for exists. */
class CatalogTemplatesTests {

    static final Pattern LITERAL_TEXT = Pattern.compile(">\\s*([^<>\\s][^<>]*?)\\s*<");
    static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("\\s(alt|title|placeholder|aria-label)=\"([^\"]+)\"");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)[(}]");
    static final Pattern MESSAGE_CALL = Pattern.compile("#messages\\.msg\\('([\\w.-]*[\\w-])'");
    static final Pattern FRAGMENT_KEY = Pattern.compile("'(catalog\\.[\\w.-]*[\\w-])'");

    Resource[] templates() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath:templates/catalog/**/*.html");
    }

    Properties bundle() throws IOException {
        var messages = new Properties();
        for (var name :
                new String[] {"i18n/catalog.properties", "i18n/platform.properties", "i18n/cart-uploads.properties"}) {
            try (var in = getClass().getClassLoader().getResourceAsStream(name)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return messages;
    }

    static String text(Resource template) throws IOException {
        return template.getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<title[^>]*>.*?</title>", "<title></title>");
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        var found = new ArrayList<String>();
        for (var template : templates()) {
            var html = text(template);
            var literal = LITERAL_TEXT.matcher(html);
            while (literal.find()) {
                found.add(template.getFilename() + ": " + literal.group(1));
            }
            var attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                found.add(template.getFilename() + ": " + attribute.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyMessageKeyExists() throws IOException {
        var messages = bundle();
        var missing = new ArrayList<String>();
        for (var template : templates()) {
            var html = text(template);
            for (var pattern : new Pattern[] {MESSAGE_KEY, MESSAGE_CALL, FRAGMENT_KEY}) {
                var key = pattern.matcher(html);
                while (key.find()) {
                    if (!messages.containsKey(key.group(1))) {
                        missing.add(template.getFilename() + ": " + key.group(1));
                    }
                }
            }
        }
        for (var type : SlotType.values()) {
            if (!messages.containsKey("catalog.slot-type." + type)) {
                missing.add("catalog.slot-type." + type);
            }
        }
        for (var rule : CharacterRule.values()) {
            if (!messages.containsKey("catalog.character-rule." + rule)) {
                missing.add("catalog.character-rule." + rule);
            }
        }
        for (var code : new String[] {
            "personalization.required",
            "personalization.too-long",
            "personalization.characters",
            "personalization.unknown"
        }) {
            if (!messages.containsKey(code)) {
                missing.add(code);
            }
        }
        assertThat(missing).isEmpty();
    }
}
