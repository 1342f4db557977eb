package shop.atelier.privacy.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person a request is about: the email address they are known by and, when they have an
 * account, its id. Guests are matched by email alone.
 */
public record DataSubject(@Nullable UUID customerId, String email) {

    public DataSubject {
        Objects.requireNonNull(email, "email");
        email = email.trim().toLowerCase(Locale.ROOT);
    }

    public static DataSubject guest(String email) {
        return new DataSubject(null, email);
    }
}
