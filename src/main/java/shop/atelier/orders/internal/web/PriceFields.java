package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Recognizes fields that try to set a price ({@code price}, {@code unitPrice}, {@code total},
 * {@code amount} and the like) in form posts and JSON bodies. Personalization values are the
 * customer's own text and may use any slot key.
 */
final class PriceFields {

    private PriceFields() {}

    /** @throws PriceFieldRefused if a form parameter names a price */
    static void refuse(HttpServletRequest request) {
        for (var name : request.getParameterMap().keySet()) {
            if (!name.startsWith("personalization[") && isPriceField(lastSegment(name))) {
                throw new PriceFieldRefused();
            }
        }
    }

    /** @throws PriceFieldRefused if a JSON object (at any depth, outside personalization) names a price */
    static void refuse(JsonNode node) {
        if (node.isObject()) {
            for (var property : node.properties()) {
                if (isPriceField(property.getKey())) {
                    throw new PriceFieldRefused();
                }
                if (!property.getKey().equals("personalization")) {
                    refuse(property.getValue());
                }
            }
        } else if (node.isArray()) {
            for (var element : node) {
                refuse(element);
            }
        }
    }

    static boolean isPriceField(String name) {
        var normalized = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return normalized.contains("price")
                || normalized.endsWith("total")
                || normalized.equals("amount")
                || normalized.endsWith("amount");
    }

    private static String lastSegment(String name) {
        var cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf(']'));
        return cut < 0 ? name : name.substring(cut + 1);
    }
}
