package shop.atelier.uploads.internal;

import java.text.Normalizer;

/** Turns a file name a customer's browser sent into a label that is safe to show and never a path. */
final class Labels {

    static final int MAX_LENGTH = 120;
    static final String UNNAMED = "upload";

    private Labels() {}

    static String sanitize(String originalFilename) {
        var name = Normalizer.normalize(originalFilename, Normalizer.Form.NFC);
        var slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        var label = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.UNASSIGNED
                    || Character.getType(cp) == Character.PRIVATE_USE
                    || Character.getType(cp) == Character.SURROGATE
                    || "<>:\"|?*".indexOf(cp) >= 0) {
                label.append('_');
            } else {
                label.appendCodePoint(cp);
            }
        });
        var result = label.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_LENGTH));
        }
        return result.isBlank() ? UNNAMED : result;
    }
}
