package shop.atelier.platform;

/** The roles of Atelier's users (without Spring Security's {@code ROLE_} prefix). */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String STAFF = "STAFF";
    public static final String WORKSHOP = "WORKSHOP";
    public static final String PRIVACY_OFFICER = "PRIVACY_OFFICER";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
