package shop.atelier.orders.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.SlotType;
import shop.atelier.uploads.MaterialId;

/**
 * Reads the uploaded materials out of personalization: photo, video and text-file slots hold the id
 * of a material in the uploads module, in text form.
 */
final class Materials {

    private Materials() {}

    static boolean holdsMaterial(PersonalizationValue value) {
        return value.type() == SlotType.PHOTO || value.type() == SlotType.VIDEO || value.type() == SlotType.TEXT_FILE;
    }

    /** The material a file slot names; empty for a text slot or a value that is no material id. */
    static Optional<MaterialId> of(PersonalizationValue value) {
        if (!holdsMaterial(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MaterialId(UUID.fromString(value.value().strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every material the lines name, in the order they name them. */
    static Set<MaterialId> referencedBy(Collection<OrderLine> lines) {
        var ids = new LinkedHashSet<MaterialId>();
        for (var line : lines) {
            line.personalization().forEach(value -> of(value).ifPresent(ids::add));
        }
        return ids;
    }
}
