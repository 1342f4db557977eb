package shop.atelier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds what looks like a payment card number (promise C2): a run of 13 to 19 digits, optionally
 * grouped by single spaces or hyphens, with no letter or digit right before or after it, that
 * passes the Luhn check. Two shapes are not card numbers and are left alone: a canonical UUID
 * (its hex groups can be all digits) and a number written after a plus sign (an international
 * phone number).
 *
 * <p>Written independently of {@code platform.PaymentCardNumbers}, the guard on input fields, so
 * that a mistake in the guard cannot hide itself from this scan.
 */
final class CardNumbers {

    static final int MIN_DIGITS = 13;
    static final int MAX_DIGITS = 19;

    private static final Pattern UUID =
            Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CardNumbers() {}

    /** The card-number-like parts of the text, as written there. */
    static List<String> in(String text) {
        var chars =
                UUID.matcher(text).replaceAll(match -> "u".repeat(match.group().length()));
        var found = new ArrayList<String>();
        var i = 0;
        while (i < chars.length()) {
            if (!isDigit(chars, i)) {
                i++;
                continue;
            }
            var run = runEnd(chars, i);
            if (!(i > 0 && chars.charAt(i - 1) == '+')) {
                found.addAll(candidatesIn(text, chars, i, run));
            }
            i = run;
        }
        return found;
    }

    /**
     * Every part of the run [start, end) that starts and ends on a digit group's edge, has 13 to 19
     * digits, stands free of letters and digits, and passes the Luhn check.
     */
    private static List<String> candidatesIn(String original, String chars, int start, int end) {
        var found = new ArrayList<String>();
        for (var from = start; from < end; from++) {
            var groupStart = from == start || !isDigit(chars, from - 1);
            if (!isDigit(chars, from) || !groupStart || !standsFree(chars, from - 1)) {
                continue;
            }
            var digits = new StringBuilder();
            for (var to = from; to < end && digits.length() < MAX_DIGITS; to++) {
                if (!isDigit(chars, to)) {
                    continue;
                }
                digits.append(chars.charAt(to));
                var groupEnd = to + 1 == end || !isDigit(chars, to + 1);
                if (groupEnd && standsFree(chars, to + 1) && digits.length() >= MIN_DIGITS && passesLuhn(digits)) {
                    found.add(original.substring(from, to + 1));
                }
            }
        }
        return found;
    }

    /** Where the run of digits starting at {@code start}, grouped by single spaces or hyphens, ends. */
    private static int runEnd(String chars, int start) {
        var end = start;
        while (end < chars.length()) {
            if (isDigit(chars, end)) {
                end++;
            } else if (isSeparator(chars.charAt(end)) && isDigit(chars, end + 1)) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean standsFree(String chars, int index) {
        return index < 0 || index >= chars.length() || !Character.isLetterOrDigit(chars.codePointAt(index));
    }

    private static boolean isDigit(String chars, int index) {
        return index >= 0 && index < chars.length() && chars.charAt(index) >= '0' && chars.charAt(index) <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    static boolean passesLuhn(CharSequence digits) {
        var sum = 0;
        for (var i = 0; i < digits.length(); i++) {
            var digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** What a scan of the database saw and found. */
    record DatabaseScan(List<String> columns, long values, List<String> findings) {}

    /**
     * Reads every value of every column of a text, character, JSON or binary type (or an array of
     * text) of every table, from the live schema, and looks for card numbers in it. Binary values
     * are read byte for byte as Latin-1, so digits written in any ASCII-based encoding show.
     */
    static DatabaseScan inDatabase(JdbcClient jdbc) {
        var columns = jdbc.sql("""
                        select c.table_schema, c.table_name, c.column_name, c.data_type
                        from information_schema.columns c
                        join information_schema.tables t
                          on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where t.table_type = 'BASE TABLE'
                          and c.table_schema not in ('pg_catalog', 'information_schema')
                          and c.table_schema not like 'pg\\_%'
                          and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
                               or (c.data_type = 'ARRAY'
                                   and c.udt_name in ('_text', '_varchar', '_bpchar', '_json', '_jsonb')))
                        order by c.table_schema, c.table_name, c.ordinal_position""")
                .query((row, number) -> new Column(
                        row.getString("table_schema"),
                        row.getString("table_name"),
                        row.getString("column_name"),
                        row.getString("data_type")))
                .list();
        var names = new ArrayList<String>();
        var findings = new ArrayList<String>();
        long values = 0;
        for (var column : columns) {
            names.add(column.name());
            for (var value : column.values(jdbc)) {
                values++;
                for (var found : in(value)) {
                    findings.add(column.name() + ": " + found);
                }
            }
        }
        return new DatabaseScan(List.copyOf(names), values, List.copyOf(findings));
    }

    private record Column(String schema, String table, String column, String type) {

        String name() {
            return ("public".equals(schema) ? "" : schema + ".") + table + "." + column;
        }

        List<String> values(JdbcClient jdbc) {
            var from = quote(schema) + "." + quote(table);
            if ("bytea".equals(type)) {
                return jdbc.sql("select " + quote(column) + " from " + from + " where " + quote(column)
                                + " is not null")
                        .query((row, number) -> new String(row.getBytes(1), StandardCharsets.ISO_8859_1))
                        .list();
            }
            return jdbc.sql("select " + quote(column) + "::text from " + from + " where " + quote(column)
                            + " is not null")
                    .query(String.class)
                    .list();
        }

        private static String quote(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }
}
