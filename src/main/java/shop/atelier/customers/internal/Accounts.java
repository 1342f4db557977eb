package shop.atelier.customers.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, UUID> {

    /** @param email already normalized, see {@link Emails#normalize(String)} */
    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);
}
