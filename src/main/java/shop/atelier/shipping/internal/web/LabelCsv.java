package shop.atelier.shipping.internal.web;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import shop.atelier.shipping.internal.LabelData;

/**
 * Label data as CSV (RFC 4180) for a manual carrier's label software. A cell that a spreadsheet
 * would read as a formula gets a leading apostrophe, so a customer's name cannot run code on the
 * staff computer.
 */
final class LabelCsv {

    static final List<String> HEADER = List.of(
            "order_number",
            "recipient_name",
            "address_line1",
            "address_line2",
            "postal_code",
            "city",
            "country",
            "phone",
            "weight_grams",
            "length_cm",
            "width_cm",
            "height_cm",
            "tracking_number");

    private LabelCsv() {}

    static String of(LabelData data, String trackingNumber) {
        var label = data.label();
        var parcel = data.parcel();
        return row(HEADER)
                + row(List.of(
                        label.orderNumber(),
                        label.recipientName(),
                        label.line1(),
                        orEmpty(label.line2()),
                        label.postalCode(),
                        label.city(),
                        label.country(),
                        orEmpty(label.phone()),
                        Integer.toString(parcel.weightGrams()),
                        Integer.toString(parcel.lengthCm()),
                        Integer.toString(parcel.widthCm()),
                        Integer.toString(parcel.heightCm()),
                        trackingNumber));
    }

    private static String row(List<String> cells) {
        return cells.stream().map(LabelCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        var safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
