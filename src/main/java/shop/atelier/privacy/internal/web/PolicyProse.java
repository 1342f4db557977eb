package shop.atelier.privacy.internal.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The policy's prose as blocks a template shows with {@code th:text} (never as HTML): a line
 * starting with {@code "## "} is a heading, consecutive lines starting with {@code "- "} make a
 * list, any other line is a paragraph. {@code {shop}} and {@code {privacy-contact}} stand for the
 * configured shop name and privacy contact, so the published text always names the contact in
 * force (promise X1).
 */
final class PolicyProse {

    enum Kind {
        HEADING,
        PARAGRAPH,
        LIST
    }

    record Block(Kind kind, String text, List<String> items) {

        public boolean heading() {
            return kind == Kind.HEADING;
        }

        public boolean paragraph() {
            return kind == Kind.PARAGRAPH;
        }

        public boolean list() {
            return kind == Kind.LIST;
        }
    }

    private PolicyProse() {}

    static List<Block> blocks(String body, String shopName, String privacyContact) {
        var blocks = new ArrayList<Block>();
        List<String> items = null;
        for (var raw : body.split("\\R")) {
            var line = raw.strip().replace("{shop}", shopName).replace("{privacy-contact}", privacyContact);
            if (line.isEmpty()) {
                items = null;
                continue;
            }
            if (line.startsWith("- ")) {
                if (items == null) {
                    items = new ArrayList<>();
                    blocks.add(new Block(Kind.LIST, "", items));
                }
                items.add(line.substring(2).strip());
                continue;
            }
            items = null;
            if (line.startsWith("## ")) {
                blocks.add(new Block(Kind.HEADING, line.substring(3).strip(), List.of()));
            } else {
                blocks.add(new Block(Kind.PARAGRAPH, line, List.of()));
            }
        }
        return blocks.stream()
                .map(b -> new Block(b.kind(), b.text(), List.copyOf(b.items())))
                .toList();
    }
}
