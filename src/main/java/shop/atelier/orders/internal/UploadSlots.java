package shop.atelier.orders.internal;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.catalog.SlotType;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;

/** Which slots take an uploaded file, and what kind of material each takes. */
public final class UploadSlots {

    private UploadSlots() {}

    /** The kind of material a slot takes; {@code null} for a text slot, which takes no file. */
    public static @Nullable MaterialKind kindFor(SlotType type) {
        return switch (type) {
            case PHOTO -> MaterialKind.PHOTO;
            case VIDEO -> MaterialKind.VIDEO;
            case TEXT_FILE -> MaterialKind.TEXT;
            case TEXT -> null;
        };
    }

    public static boolean takesFile(SlotType type) {
        return kindFor(type) != null;
    }

    /** A material id as a slot's value holds it (UUID text); empty when it is not one. */
    public static Optional<MaterialId> materialId(@Nullable String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MaterialId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
