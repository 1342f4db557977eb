package shop.atelier.customers.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Addresses extends ListCrudRepository<Address, UUID> {

    /** The address book, default first, then in the order the addresses were added. */
    List<Address> findByAccountIdOrderByDefaultAddressDescCreatedAtAscIdAsc(UUID accountId);

    Optional<Address> findByIdAndAccountId(UUID id, UUID accountId);

    long countByAccountId(UUID accountId);

    default List<Address> book(UUID accountId) {
        return findByAccountIdOrderByDefaultAddressDescCreatedAtAscIdAsc(accountId);
    }
}
