package shop.atelier.catalog.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Product addresses ({@code /products/<slug>}): lower-case ASCII words joined by hyphens. */
public final class Slugs {

    /** Words that are paths below {@code /products/} rather than products. */
    private static final Set<String> RESERVED = Set.of("images", "new");

    private Slugs() {}

    public static boolean valid(String slug) {
        return slug.length() <= Product.SLUG_MAX && Product.SLUG.matcher(slug).matches() && !RESERVED.contains(slug);
    }

    /** A slug suggested by a product name, e.g. "Crème Brûlée Mug" → "creme-brulee-mug"; may be empty. */
    public static String fromName(String name) {
        var folded = name.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l");
        var ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        var slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > Product.SLUG_MAX) {
            slug = slug.substring(0, Product.SLUG_MAX).replaceAll("-+$", "");
        }
        return slug;
    }
}
