package shop.atelier.customers;

import java.util.UUID;

/** Distinct values per test, so tests never collide on a shared database. */
public final class TestPeople {

    public static final String PASSWORD = "correct horse battery";

    private TestPeople() {}

    public static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
