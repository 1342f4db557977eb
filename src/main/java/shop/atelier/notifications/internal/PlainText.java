package shop.atelier.notifications.internal;

import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text alternative of an email, derived from its HTML: block elements become line breaks,
 * list items dashes, and links keep their target as {@code text (url)}. Meant for the well-formed
 * HTML of the shop's own templates, not for arbitrary web pages.
 */
final class PlainText {

    private static final Pattern INVISIBLE =
            Pattern.compile("(?is)<(head|style|script|title)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern LINK =
            Pattern.compile("(?is)<a\\b[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>(.*?)</a\\s*>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|h[1-6]|tr|table|tbody|thead|ul|ol|blockquote|pre|section|article|header|footer|hr|dl|dt|dd)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "hellip", "\u2026", "mdash",
            "\u2014", "ndash", "\u2013", "euro", "\u20ac");

    private PlainText() {}

    static String of(String html) {
        // As in a browser, a run of white space in the markup (line breaks included) is one space.
        var text = WHITE_SPACE.matcher(INVISIBLE.matcher(html).replaceAll("")).replaceAll(" ");
        text = LINK.matcher(text).replaceAll(PlainText::link);
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = LIST_ITEM.matcher(text).replaceAll("\n- ");
        text = CELL_END.matcher(text).replaceAll(" ");
        text = BLOCK.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        text = unescape(text);
        var lines = new StringBuilder();
        for (var line : text.split("\n", -1)) {
            lines.append(line.replaceAll("[ \\t\\u00a0\\r]+", " ").strip()).append('\n');
        }
        return lines.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String link(MatchResult match) {
        var href = unescape(match.group(1) != null ? match.group(1) : match.group(2))
                .strip();
        var label = unescape(TAG.matcher(match.group(3)).replaceAll(""))
                .replaceAll("\\s+", " ")
                .strip();
        String result;
        if (label.isEmpty() || label.equals(href)) {
            result = href;
        } else if (href.isEmpty() || href.equalsIgnoreCase("mailto:" + label) || href.startsWith("#")) {
            result = label;
        } else {
            result = label + " (" + href + ")";
        }
        // The result goes back into HTML that is unescaped once more below.
        return Matcher.quoteReplacement(
                result.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    private static String unescape(String text) {
        return ENTITY.matcher(text).replaceAll(match -> {
            var entity = match.group(1);
            String replacement;
            try {
                if (entity.startsWith("#x") || entity.startsWith("#X")) {
                    replacement = Character.toString(Integer.parseInt(entity.substring(2), 16));
                } else if (entity.startsWith("#")) {
                    replacement = Character.toString(Integer.parseInt(entity.substring(1)));
                } else {
                    replacement = NAMED.getOrDefault(entity, match.group());
                }
            } catch (IllegalArgumentException notACharacter) {
                replacement = match.group();
            }
            return Matcher.quoteReplacement(replacement);
        });
    }
}
