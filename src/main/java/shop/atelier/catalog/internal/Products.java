package shop.atelier.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.ProductId;
import shop.atelier.catalog.SlotSpec;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.platform.Money;

/**
 * Stores {@link Product} aggregates: one row per product and its variants, slots and image
 * metadata in child tables, rewritten together on save. Writers lock the product row
 * ({@link #lock}), so concurrent staff edits queue instead of overwriting each other.
 */
@Repository
class Products {

    private static final String PRODUCT_COLUMNS =
            "id, slug, name, description, listed, requires_proof, print_width_mm, print_height_mm, min_dpi";

    private final JdbcClient jdbc;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Product> find(ProductId id) {
        return load("select " + PRODUCT_COLUMNS + " from catalog_product where id = :key", id.value());
    }

    /** Loads the product and holds its row lock until the transaction ends. */
    Optional<Product> lock(ProductId id) {
        return load("select " + PRODUCT_COLUMNS + " from catalog_product where id = :key for update", id.value());
    }

    Optional<Product> findBySlug(String slug) {
        return load("select " + PRODUCT_COLUMNS + " from catalog_product where slug = :key", slug);
    }

    /** Every listed product with its variants, slots and images, in four queries. */
    List<ProductDetails> findListed() {
        var rows = jdbc.sql("select " + PRODUCT_COLUMNS + " from catalog_product where listed order by name, slug")
                .query(ProductRow::of)
                .list();
        var variants = group(jdbc.sql("select v.* from catalog_variant v join catalog_product p on p.id = v.product_id"
                        + " where p.listed order by v.product_id, v.sort_order")
                .query((rs, n) -> Map.entry(rs.getObject("product_id", UUID.class), variant(rs)))
                .list());
        var slots = group(jdbc.sql("select s.* from catalog_slot s join catalog_product p on p.id = s.product_id"
                        + " where p.listed order by s.product_id, s.sort_order")
                .query((rs, n) -> Map.entry(rs.getObject("product_id", UUID.class), slot(rs)))
                .list());
        var images = group(jdbc.sql("select i.* from catalog_image i join catalog_product p on p.id = i.product_id"
                        + " where p.listed order by i.product_id, i.sort_order")
                .query((rs, n) -> Map.entry(rs.getObject("product_id", UUID.class), image(rs)))
                .list());
        return rows.stream()
                .map(row -> row.toProduct(
                                variants.getOrDefault(row.id(), List.of()),
                                slots.getOrDefault(row.id(), List.of()),
                                images.getOrDefault(row.id(), List.of()))
                        .details())
                .toList();
    }

    List<ProductSummary> summaries() {
        return jdbc.sql("""
                        select p.id, p.slug, p.name, p.listed,
                               (select count(*) from catalog_variant v where v.product_id = p.id) as variants,
                               (select count(*) from catalog_slot s where s.product_id = p.id) as slots
                        from catalog_product p order by lower(p.name), p.slug
                        """)
                .query((rs, n) -> new ProductSummary(
                        new ProductId(rs.getObject("id", UUID.class)),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getBoolean("listed"),
                        rs.getInt("variants"),
                        rs.getInt("slots")))
                .list();
    }

    Optional<PricedVariant> pricedVariant(VariantId id) {
        return jdbc.sql("""
                        select v.id, v.name, v.sku, v.price_minor, v.price_currency, v.available,
                               p.id as product_id, p.name as product_name, p.requires_proof, p.listed
                        from catalog_variant v join catalog_product p on p.id = v.product_id
                        where v.id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new PricedVariant(
                        new ProductId(rs.getObject("product_id", UUID.class)),
                        id,
                        rs.getString("product_name"),
                        rs.getString("name"),
                        rs.getString("sku"),
                        Money.of(rs.getLong("price_minor"), rs.getString("price_currency")),
                        rs.getBoolean("requires_proof"),
                        rs.getBoolean("available") && rs.getBoolean("listed")))
                .optional();
    }

    /** The slots of the variant's product in order, or empty if there is no such variant. */
    Optional<List<PersonalizationSlot>> slotsOfVariant(VariantId id) {
        var rows = jdbc.sql("""
                        select s.* from catalog_variant v
                        left join catalog_slot s on s.product_id = v.product_id
                        where v.id = :id order by s.sort_order
                        """)
                .param("id", id.value())
                .query((rs, n) -> rs.getString("slot_key") == null
                        ? Optional.<PersonalizationSlot>empty()
                        : Optional.of(slot(rs)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().flatMap(Optional::stream).toList());
    }

    /** One slot of a listed product, with the product's print spec. */
    Optional<SlotSpec> slotOfListedProduct(ProductId id, String key) {
        return jdbc.sql("""
                        select s.*, p.print_width_mm, p.print_height_mm, p.min_dpi
                        from catalog_product p join catalog_slot s on s.product_id = p.id
                        where p.id = :id and p.listed and s.slot_key = :key
                        """)
                .param("id", id.value())
                .param("key", key)
                .query((rs, n) -> slotSpec(rs))
                .optional();
    }

    /** One slot of the variant's product, listed or not, with the product's print spec. */
    Optional<SlotSpec> slotOfVariant(VariantId id, String key) {
        return jdbc.sql("""
                        select s.*, p.print_width_mm, p.print_height_mm, p.min_dpi
                        from catalog_variant v join catalog_product p on p.id = v.product_id
                        join catalog_slot s on s.product_id = p.id
                        where v.id = :id and s.slot_key = :key
                        """)
                .param("id", id.value())
                .param("key", key)
                .query((rs, n) -> slotSpec(rs))
                .optional();
    }

    Optional<String> listedSlugOfVariant(VariantId id) {
        return jdbc.sql("""
                        select p.slug from catalog_variant v join catalog_product p on p.id = v.product_id
                        where v.id = :id and p.listed
                        """).param("id", id.value()).query(String.class).optional();
    }

    boolean slugTaken(String slug, ProductId except) {
        return jdbc.sql("select exists (select 1 from catalog_product where slug = :slug and id <> :id)")
                .param("slug", slug)
                .param("id", except.value())
                .query(Boolean.class)
                .single();
    }

    /** Whether a variant other than {@code except} (if given) already has this SKU. */
    boolean skuTaken(String sku, @Nullable VariantId except) {
        var exceptId = except == null ? new UUID(0, 0) : except.value();
        return jdbc.sql("select exists (select 1 from catalog_variant where sku = :sku and id <> :id)")
                .param("sku", sku)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from catalog_product)")
                .query(Boolean.class)
                .single();
    }

    void save(Product product, Instant now) {
        var p = product.details();
        var at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        var printSize = p.printSize();
        var statement = product.isNew() ? """
                  insert into catalog_product (id, slug, name, description, listed, requires_proof,
                      print_width_mm, print_height_mm, min_dpi, created_at, updated_at)
                  values (:id, :slug, :name, :description, :listed, :requiresProof,
                      :printWidth, :printHeight, :minDpi, :at, :at)
                  """ : """
                  update catalog_product set slug = :slug, name = :name, description = :description,
                      listed = :listed, requires_proof = :requiresProof, print_width_mm = :printWidth,
                      print_height_mm = :printHeight, min_dpi = :minDpi, updated_at = :at
                  where id = :id
                  """;
        jdbc.sql(statement)
                .param("id", p.id().value())
                .param("slug", p.slug())
                .param("name", p.name())
                .param("description", p.description())
                .param("listed", p.listed())
                .param("requiresProof", p.requiresProof())
                .param("printWidth", printSize == null ? null : printSize.widthMm(), Types.INTEGER)
                .param("printHeight", printSize == null ? null : printSize.heightMm(), Types.INTEGER)
                .param("minDpi", p.minDpi())
                .param("at", at)
                .update();
        if (!product.isNew()) {
            for (var table : List.of("catalog_variant", "catalog_slot", "catalog_image")) {
                jdbc.sql("delete from " + table + " where product_id = :id")
                        .param("id", p.id().value())
                        .update();
            }
        }
        insertChildren(p);
        product.markSaved();
    }

    private void insertChildren(ProductDetails p) {
        int order = 0;
        for (var v : p.variants()) {
            jdbc.sql("""
                            insert into catalog_variant (id, product_id, sort_order, name, sku, price_minor,
                                price_currency, available)
                            values (:id, :product, :order, :name, :sku, :minor, :currency, :available)
                            """)
                    .param("id", v.id().value())
                    .param("product", p.id().value())
                    .param("order", order++)
                    .param("name", v.name())
                    .param("sku", v.sku())
                    .param("minor", v.price().minor())
                    .param("currency", v.price().currency().getCurrencyCode())
                    .param("available", v.available())
                    .update();
        }
        order = 0;
        for (var s : p.slots()) {
            jdbc.sql("""
                            insert into catalog_slot (product_id, slot_key, sort_order, label, hint, slot_type,
                                required, max_length, characters)
                            values (:product, :key, :order, :label, :hint, :type, :required, :maxLength, :characters)
                            """)
                    .param("product", p.id().value())
                    .param("key", s.key())
                    .param("order", order++)
                    .param("label", s.label())
                    .param("hint", s.hint(), Types.VARCHAR)
                    .param("type", s.type().name())
                    .param("required", s.required())
                    .param("maxLength", s.maxLength(), Types.INTEGER)
                    .param("characters", s.characters().name())
                    .update();
        }
        order = 0;
        for (var i : p.images()) {
            jdbc.sql("""
                            insert into catalog_image (id, product_id, sort_order, alt_text, static_path, content_type)
                            values (:id, :product, :order, :alt, :staticPath, :contentType)
                            """)
                    .param("id", i.id())
                    .param("product", p.id().value())
                    .param("order", order++)
                    .param("alt", i.alt())
                    .param("staticPath", i.staticPath(), Types.VARCHAR)
                    .param("contentType", i.contentType(), Types.VARCHAR)
                    .update();
        }
    }

    private Optional<Product> load(String sql, Object key) {
        return jdbc.sql(sql).param("key", key).query(ProductRow::of).optional().map(row -> {
            var id = row.id();
            var variants = jdbc.sql("select * from catalog_variant where product_id = :id order by sort_order")
                    .param("id", id)
                    .query((rs, n) -> variant(rs))
                    .list();
            var slots = jdbc.sql("select * from catalog_slot where product_id = :id order by sort_order")
                    .param("id", id)
                    .query((rs, n) -> slot(rs))
                    .list();
            var images = jdbc.sql("select * from catalog_image where product_id = :id order by sort_order")
                    .param("id", id)
                    .query((rs, n) -> image(rs))
                    .list();
            return row.toProduct(variants, slots, images);
        });
    }

    private static <T> Map<UUID, List<T>> group(List<Map.Entry<UUID, T>> entries) {
        var grouped = new LinkedHashMap<UUID, List<T>>();
        entries.forEach(
                e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return grouped;
    }

    private static Variant variant(ResultSet rs) throws SQLException {
        return new Variant(
                new VariantId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("sku"),
                Money.of(rs.getLong("price_minor"), rs.getString("price_currency")),
                rs.getBoolean("available"));
    }

    private static PersonalizationSlot slot(ResultSet rs) throws SQLException {
        return new PersonalizationSlot(
                rs.getString("slot_key"),
                rs.getString("label"),
                rs.getString("hint"),
                SlotType.valueOf(rs.getString("slot_type")),
                rs.getBoolean("required"),
                rs.getObject("max_length", Integer.class),
                CharacterRule.valueOf(rs.getString("characters")));
    }

    private static SlotSpec slotSpec(ResultSet rs) throws SQLException {
        var width = rs.getObject("print_width_mm", Integer.class);
        var height = rs.getObject("print_height_mm", Integer.class);
        var print = width == null || height == null ? null : new PrintSpec(width, height, rs.getInt("min_dpi"));
        return slot(rs).spec(new ProductId(rs.getObject("product_id", UUID.class)), print);
    }

    private static ProductImage image(ResultSet rs) throws SQLException {
        return new ProductImage(
                rs.getObject("id", UUID.class),
                rs.getString("alt_text"),
                rs.getString("static_path"),
                rs.getString("content_type"));
    }

    private record ProductRow(UUID id, ProductDraft draft, boolean listed) {

        static ProductRow of(ResultSet rs, int rowNum) throws SQLException {
            var width = rs.getObject("print_width_mm", Integer.class);
            var height = rs.getObject("print_height_mm", Integer.class);
            return new ProductRow(
                    rs.getObject("id", UUID.class),
                    new ProductDraft(
                            rs.getString("slug"),
                            rs.getString("name"),
                            rs.getString("description"),
                            rs.getBoolean("requires_proof"),
                            width == null || height == null ? null : new PrintSize(width, height),
                            rs.getInt("min_dpi")),
                    rs.getBoolean("listed"));
        }

        Product toProduct(List<Variant> variants, List<PersonalizationSlot> slots, List<ProductImage> images) {
            return Product.restore(new ProductId(id), draft, listed, variants, slots, images);
        }
    }
}
