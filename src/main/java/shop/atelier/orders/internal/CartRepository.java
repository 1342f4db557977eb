package shop.atelier.orders.internal;

import static shop.atelier.orders.internal.Sql.instant;
import static shop.atelier.orders.internal.Sql.nullableUuid;
import static shop.atelier.orders.internal.Sql.ts;
import static shop.atelier.orders.internal.Sql.uuid;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.customers.CustomerId;

/** Stores carts, their lines and the lines' personalization. */
@Repository
class CartRepository {

    private final JdbcClient jdbc;

    CartRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(Cart cart, byte @Nullable [] tokenHash, Instant at) {
        jdbc.sql("""
                        insert into carts (id, customer_id, token_hash, created_at, updated_at)
                        values (:id, :customer, :token, :at, :at)""")
                .param("id", cart.id().value())
                .param(
                        "customer",
                        cart.customerId() == null ? null : cart.customerId().value())
                .param("token", tokenHash)
                .param("at", ts(at))
                .update();
    }

    Optional<Cart> find(CartId id) {
        return load(id, false);
    }

    /** Loads the cart and locks it until the transaction ends, so two requests cannot change it at once. */
    Optional<Cart> findForUpdate(CartId id) {
        return load(id, true);
    }

    boolean tokenMatches(CartId id, byte[] tokenHash) {
        var stored = jdbc.sql("select token_hash from carts where id = ?")
                .param(id.value())
                .query(byte[].class)
                .optional();
        return stored.filter(hash -> MessageDigest.isEqual(hash, tokenHash)).isPresent();
    }

    int itemCount(CartId id) {
        return jdbc.sql("select coalesce(sum(quantity), 0) from cart_lines where cart_id = ?")
                .param(id.value())
                .query(Integer.class)
                .single();
    }

    void save(Cart cart, Instant at) {
        var ids = cart.lines().stream().map(CartLine::id).toList();
        if (ids.isEmpty()) {
            jdbc.sql("delete from cart_lines where cart_id = ?")
                    .param(cart.id().value())
                    .update();
        } else {
            jdbc.sql("delete from cart_lines where cart_id = :cart and id not in (:ids)")
                    .param("cart", cart.id().value())
                    .param("ids", ids)
                    .update();
        }
        for (var line : cart.lines()) {
            jdbc.sql("""
                            insert into cart_lines (id, cart_id, variant_id, personalization_key, quantity, added_at)
                            values (:id, :cart, :variant, :key, :quantity, :at)
                            on conflict (id) do update
                            set quantity = excluded.quantity, personalization_key = excluded.personalization_key""")
                    .param("id", line.id())
                    .param("cart", cart.id().value())
                    .param("variant", line.variantId().value())
                    .param("key", line.personalizationKey())
                    .param("quantity", line.quantity())
                    .param("at", ts(line.addedAt()))
                    .update();
            var position = 0;
            for (var value : line.personalization()) {
                jdbc.sql("""
                                insert into cart_line_personalization (line_id, position, slot_key, label, slot_type, value)
                                values (:line, :position, :slot, :label, :type, :value)
                                on conflict (line_id, position) do update set value = excluded.value""")
                        .param("line", line.id())
                        .param("position", position++)
                        .param("slot", value.slotKey())
                        .param("label", value.label())
                        .param("type", value.type().name())
                        .param("value", value.value())
                        .update();
            }
        }
        jdbc.sql("update carts set updated_at = :at, customer_id = :customer where id = :id")
                .param("at", ts(at))
                .param(
                        "customer",
                        cart.customerId() == null ? null : cart.customerId().value())
                .param("id", cart.id().value())
                .update();
    }

    /** Whether a line of the cart holds the material (as the value of a photo, video or file slot). */
    boolean usesMaterial(CartId id, String materialId) {
        return jdbc.sql("""
                        select exists (
                            select 1 from cart_line_personalization p join cart_lines l on l.id = p.line_id
                            where l.cart_id = ? and p.slot_type <> 'TEXT' and p.value = ?)""")
                .param(id.value())
                .param(materialId)
                .query(Boolean.class)
                .single();
    }

    void delete(CartId id) {
        jdbc.sql("delete from carts where id = ?").param(id.value()).update();
    }

    int deleteUntouchedSince(Instant cutoff) {
        return jdbc.sql("delete from carts where updated_at < ?")
                .param(ts(cutoff))
                .update();
    }

    List<Cart> ofCustomer(CustomerId customer) {
        return jdbc
                .sql("select id from carts where customer_id = ? order by created_at")
                .param(customer.value())
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(new CartId(id)).orElseThrow())
                .toList();
    }

    int deleteOfCustomer(CustomerId customer) {
        return jdbc.sql("delete from carts where customer_id = ?")
                .param(customer.value())
                .update();
    }

    private Optional<Cart> load(CartId id, boolean lock) {
        var customer = jdbc.sql("select id, customer_id from carts where id = ?" + (lock ? " for update" : ""))
                .param(id.value())
                .query((rs, n) -> Optional.ofNullable(nullableUuid(rs, "customer_id")))
                .optional();
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        record Row(UUID id, UUID variant, int quantity, Instant addedAt) {}
        var rows = jdbc.sql("""
                        select id, variant_id, quantity, added_at from cart_lines
                        where cart_id = ? order by added_at, id""")
                .param(id.value())
                .query((rs, n) ->
                        new Row(uuid(rs, "id"), uuid(rs, "variant_id"), rs.getInt("quantity"), instant(rs, "added_at")))
                .list();
        var values = new LinkedHashMap<UUID, List<PersonalizationValue>>();
        jdbc.sql("""
                        select p.line_id, p.slot_key, p.label, p.slot_type, p.value
                        from cart_line_personalization p join cart_lines l on l.id = p.line_id
                        where l.cart_id = ? order by p.line_id, p.position""").param(id.value()).query(rs -> {
            values.computeIfAbsent(uuid(rs, "line_id"), k -> new ArrayList<>())
                    .add(new PersonalizationValue(
                            rs.getString("slot_key"),
                            rs.getString("label"),
                            SlotType.valueOf(rs.getString("slot_type")),
                            rs.getString("value")));
        });
        var lines = rows.stream()
                .map(row -> new CartLine(
                        row.id(),
                        new VariantId(row.variant()),
                        row.quantity(),
                        values.getOrDefault(row.id(), List.of()),
                        row.addedAt()))
                .toList();
        return Optional.of(new Cart(id, customer.get().map(CustomerId::new).orElse(null), lines));
    }
}
