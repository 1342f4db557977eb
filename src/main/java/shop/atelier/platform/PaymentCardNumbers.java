package shop.atelier.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognizes a payment card number typed where it does not belong (promise C2: the shop never
 * stores card data). Customers sometimes type their card number into whatever field is in front
 * of them; free-text fields refuse such input instead of storing it.
 *
 * <p>A card number here is 13 to 19 digits, written together or in groups separated by single
 * spaces or hyphens, that passes the Luhn check. Digits that follow a {@code +} are an
 * international phone number and are left alone.
 */
public final class PaymentCardNumbers {

    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;

    private PaymentCardNumbers() {}

    public static boolean containsCardNumber(CharSequence text) {
        var groups = new ArrayList<String>();
        var i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            var phoneNumber = i > 0 && text.charAt(i - 1) == '+';
            groups.clear();
            var end = i;
            while (true) {
                var groupStart = end;
                while (end < text.length() && isDigit(text.charAt(end))) {
                    end++;
                }
                groups.add(text.subSequence(groupStart, end).toString());
                if (end + 1 < text.length() && isSeparator(text.charAt(end)) && isDigit(text.charAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            if (!phoneNumber && hasCardNumber(groups)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Whether some consecutive groups of the run, taken whole, form a Luhn-valid card-length number. */
    private static boolean hasCardNumber(List<String> groups) {
        for (var from = 0; from < groups.size(); from++) {
            var digits = new StringBuilder();
            for (var to = from; to < groups.size() && digits.length() < MAX_DIGITS; to++) {
                digits.append(groups.get(to));
                if (digits.length() >= MIN_DIGITS
                        && digits.length() <= MAX_DIGITS
                        && passesLuhn(digits, 0, digits.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean passesLuhn(CharSequence digits, int from, int to) {
        var sum = 0;
        var doubled = false;
        for (var i = to - 1; i >= from; i--) {
            var digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
