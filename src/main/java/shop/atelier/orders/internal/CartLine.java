package shop.atelier.orders.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.NotFoundException;

/**
 * A variant in the cart with one personalization. It has no price: the price is the catalog's at
 * the time the cart is shown or checked out.
 */
public record CartLine(
        UUID id, VariantId variantId, int quantity, List<PersonalizationValue> personalization, Instant addedAt) {

    public CartLine {
        if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
            throw new IllegalArgumentException("Quantity must be 1.." + OrderLine.MAX_QUANTITY + ": " + quantity);
        }
        personalization = List.copyOf(personalization);
    }

    CartLine withQuantity(int newQuantity) {
        return new CartLine(id, variantId, newQuantity, personalization, addedAt);
    }

    /** The same line with one slot's value replaced, e.g. a photo swapped for another upload. */
    CartLine withValue(String slotKey, String value) {
        var found = false;
        var values = new ArrayList<PersonalizationValue>();
        for (var v : personalization) {
            if (v.slotKey().equals(slotKey)) {
                found = true;
                values.add(new PersonalizationValue(v.slotKey(), v.label(), v.type(), value));
            } else {
                values.add(v);
            }
        }
        if (!found) {
            throw new NotFoundException("No such personalization in the line");
        }
        return new CartLine(id, variantId, quantity, values, addedAt);
    }

    /** The value of one slot, if the line has it. */
    public Optional<PersonalizationValue> value(String slotKey) {
        return personalization.stream().filter(v -> v.slotKey().equals(slotKey)).findFirst();
    }

    boolean sameItemAs(VariantId otherVariant, List<PersonalizationValue> otherPersonalization) {
        return variantId.equals(otherVariant) && personalizationKey().equals(keyOf(otherPersonalization));
    }

    /** Equal for equal personalization regardless of the order the slots were given in. */
    public String personalizationKey() {
        return keyOf(personalization);
    }

    static String keyOf(List<PersonalizationValue> values) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            values.stream()
                    .sorted(Comparator.comparing(PersonalizationValue::slotKey))
                    .forEach(value -> {
                        update(digest, value.slotKey());
                        update(digest, value.value());
                    });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String part) {
        var bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
