package shop.atelier.authz;

import java.util.Arrays;
import java.util.List;

/**
 * Who knocks at an endpoint, as the declaration file's columns name them. {@link #runOrder()} puts
 * the owner of the fixtures (customer A) last, so a destructive request by someone else runs while
 * the owner's data still exists, and the owner's own request is the one that may change it.
 */
public enum Persona {
    ANONYMOUS("anon"),
    CUSTOMER_A("custA"),
    CUSTOMER_B("custB"),
    WORKSHOP_X("wsX"),
    WORKSHOP_Y("wsY"),
    STAFF("staff"),
    PRIVACY_OFFICER("privacy"),
    ADMIN("admin");

    private final String column;

    Persona(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    public static Persona ofColumn(String column) {
        return Arrays.stream(values())
                .filter(persona -> persona.column.equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown persona column: " + column));
    }

    public static List<Persona> runOrder() {
        return List.of(ANONYMOUS, CUSTOMER_B, WORKSHOP_X, WORKSHOP_Y, STAFF, PRIVACY_OFFICER, ADMIN, CUSTOMER_A);
    }
}
