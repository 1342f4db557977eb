package shop.atelier.orders.internal;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who to reach about an order: only what the order needs (promise C1). */
public record Contact(String name, String email, @Nullable String phone) {

    public Contact {
        name = Objects.requireNonNull(name, "name").strip();
        email = Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }
}
