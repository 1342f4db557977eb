package shop.atelier.catalog;

import java.util.List;

/**
 * Why a value does not fit its slot.
 *
 * @param slotKey the slot
 * @param code message key, e.g. {@code personalization.too-long}
 * @param arguments message arguments, e.g. the maximum length
 * @param defaultMessage English text for logs and API clients
 */
public record SlotViolation(String slotKey, String code, List<Object> arguments, String defaultMessage) {

    public SlotViolation {
        arguments = List.copyOf(arguments);
    }
}
