package shop.atelier.uploads;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The person a scope's materials belong to, so a rights request can find them: the email address
 * and, with an account, its id. A guest's cart has no owner until checkout.
 */
public record UploadOwner(String email, @Nullable UUID customerId) {

    public UploadOwner {
        Objects.requireNonNull(email, "email");
        email = email.trim().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new IllegalArgumentException("owner email is empty");
        }
    }
}
