package shop.atelier.catalog.internal;

import org.jspecify.annotations.Nullable;

/** What staff enter about a product itself (variants, slots and images are managed separately). */
public record ProductDraft(
        String slug,
        String name,
        String description,
        boolean requiresProof,
        @Nullable PrintSize printSize) {}
