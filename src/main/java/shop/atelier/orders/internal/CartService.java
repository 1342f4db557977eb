package shop.atelier.orders.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.platform.Money;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.SecretToken;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/**
 * The cart, for the pages and the API alike. Every input is checked before anything is stored, and
 * prices come only from the catalog.
 */
@Service
@Transactional
public class CartService {

    /** More than any product's slots; longer values are refused before the catalog is asked. */
    static final int MAX_SLOTS = 50;

    static final int MAX_VALUE_LENGTH = 5_000;

    static final int MAX_SLOT_KEY_LENGTH = 100;

    private final CartRepository carts;
    private final Catalog catalog;
    private final Customers customers;
    private final Clock clock;
    private final Uploads uploads;

    CartService(CartRepository carts, Catalog catalog, Customers customers, Clock clock, Uploads uploads) {
        this.carts = carts;
        this.catalog = catalog;
        this.customers = customers;
        this.clock = clock;
        this.uploads = uploads;
    }

    /**
     * The visitor's web cart, created now if there is none yet ({@code cartId} is {@code null} or
     * names a cart that is gone): uploads need a cart to belong to before anything is in it.
     */
    public CartId sessionCart(@Nullable CartId cartId) {
        if (cartId != null && carts.find(cartId).isPresent()) {
            return cartId;
        }
        var cart = Cart.empty(CartId.random(), signedInCustomer());
        carts.create(cart, null, clock.instant());
        return cart.id();
    }

    /** Whether the cart exists (it may have been cleaned up since the session named it). */
    @Transactional(readOnly = true)
    public boolean exists(CartId cartId) {
        return carts.find(cartId).isPresent();
    }

    /** The line, if the cart has it. */
    @Transactional(readOnly = true)
    public Optional<CartLine> line(CartId cartId, UUID lineId) {
        return carts.find(cartId)
                .flatMap(cart -> cart.lines().stream()
                        .filter(line -> line.id().equals(lineId))
                        .findFirst());
    }

    /** Whether an item in the cart holds the material. */
    @Transactional(readOnly = true)
    public boolean usesMaterial(CartId cartId, MaterialId material) {
        return carts.usesMaterial(cartId, material.toString());
    }

    /**
     * Puts a newly uploaded material into a line's photo, video or file slot and deletes the one it
     * held, in one transaction.
     *
     * @throws NotFoundException if the cart, the line or the slot is not there
     */
    public void switchMaterial(CartId cartId, UUID lineId, String slotKey, MaterialId replacement) {
        var cart = carts.findForUpdate(cartId).orElseThrow(() -> new NotFoundException("No such cart"));
        var previous = cart.replaceValue(lineId, slotKey, replacement.toString());
        carts.save(cart, clock.instant());
        UploadSlots.materialId(previous)
                .filter(old -> !old.equals(replacement) && !carts.usesMaterial(cartId, old.toString()))
                .ifPresent(uploads::delete);
    }

    /** A cart for an API client, which proves it owns the cart with the returned token. */
    public ApiCart createApiCart() {
        var cart = Cart.empty(CartId.random(), signedInCustomer());
        var token = SecretToken.random();
        carts.create(cart, token.hash(), clock.instant());
        return new ApiCart(cart.id(), token);
    }

    public record ApiCart(CartId id, SecretToken token) {}

    /** @throws NotFoundException if there is no such cart or the token is not its token */
    @Transactional(readOnly = true)
    public void requireToken(CartId id, String token) {
        if (!carts.tokenMatches(id, SecretToken.hash(token))) {
            throw new NotFoundException("No such cart");
        }
    }

    /**
     * Adds an item to the web cart, creating the cart if there is none yet ({@code cartId} is
     * {@code null} or names a cart that is gone).
     *
     * @return the cart the item is in
     */
    public CartId addToSessionCart(
            @Nullable CartId cartId, VariantId variantId, int quantity, Map<String, String> personalization) {
        var values = checkedItem(variantId, quantity, personalization);
        var customer = signedInCustomer();
        var cart = cartId == null ? null : carts.findForUpdate(cartId).orElse(null);
        requireOwnMaterials(cart == null ? null : cart.id(), values);
        if (cart == null) {
            cart = Cart.empty(CartId.random(), customer);
            carts.create(cart, null, clock.instant());
        }
        add(cart, variantId, quantity, values, customer);
        return cart.id();
    }

    /** Adds an item to an existing (API) cart. */
    public CartLine addLine(CartId cartId, VariantId variantId, int quantity, Map<String, String> personalization) {
        var values = checkedItem(variantId, quantity, personalization);
        var cart = carts.findForUpdate(cartId).orElseThrow(() -> new NotFoundException("No such cart"));
        requireOwnMaterials(cart.id(), values);
        return add(cart, variantId, quantity, values, signedInCustomer());
    }

    private CartLine add(
            Cart cart,
            VariantId variantId,
            int quantity,
            List<PersonalizationValue> values,
            @Nullable CustomerId customer) {
        var line = cart.add(variantId, quantity, values, clock.instant());
        cart.usedBy(customer);
        carts.save(cart, clock.instant());
        return line;
    }

    public void changeQuantity(CartId cartId, UUID lineId, int quantity) {
        var cart = carts.findForUpdate(cartId).orElseThrow(() -> new NotFoundException("No such cart"));
        cart.changeQuantity(lineId, quantity);
        carts.save(cart, clock.instant());
    }

    public void removeLine(CartId cartId, UUID lineId) {
        var cart = carts.findForUpdate(cartId).orElseThrow(() -> new NotFoundException("No such cart"));
        cart.remove(lineId);
        carts.save(cart, clock.instant());
    }

    /** The cart priced by the catalog now; an empty view when there is no such cart. */
    @Transactional(readOnly = true)
    public CartView view(@Nullable CartId cartId) {
        var cart = cartId == null ? null : carts.find(cartId).orElse(null);
        if (cart == null) {
            return CartView.empty(null);
        }
        var lines = new ArrayList<CartView.Line>();
        Money total = null;
        var items = 0;
        for (var line : cart.lines()) {
            var variant = catalog.variant(line.variantId()).filter(PricedVariant::available);
            items += line.quantity();
            if (variant.isPresent()) {
                var v = variant.get();
                var lineTotal = v.price().times(line.quantity());
                total = total == null ? lineTotal : total.plus(lineTotal);
                lines.add(new CartView.Line(
                        line.id(),
                        line.variantId(),
                        v.productName(),
                        v.variantName(),
                        v.sku(),
                        line.personalization(),
                        line.quantity(),
                        v.price(),
                        lineTotal,
                        true));
            } else {
                lines.add(new CartView.Line(
                        line.id(),
                        line.variantId(),
                        "",
                        "",
                        "",
                        line.personalization(),
                        line.quantity(),
                        null,
                        null,
                        false));
            }
        }
        return new CartView(cart.id(), lines, total, items);
    }

    /** Number of items in the cart (the layout's badge). */
    @Transactional(readOnly = true)
    public int itemCount(CartId cartId) {
        return carts.itemCount(cartId);
    }

    /**
     * Checks a variant, quantity and personalization with the catalog.
     *
     * @return the personalization as the catalog normalized and labelled it
     * @throws NotFoundException for an unknown variant
     * @throws InvalidCartInput listing everything else that is wrong
     */
    List<PersonalizationValue> checkedItem(VariantId variantId, int quantity, Map<String, String> personalization) {
        var problems = new ArrayList<InvalidCartInput.Problem>();
        if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
            problems.add(new InvalidCartInput.Problem(
                    "quantity",
                    "orders.cart.quantity.range",
                    List.of(1, OrderLine.MAX_QUANTITY),
                    "Quantity must be a whole number from 1 to " + OrderLine.MAX_QUANTITY));
        }
        var given = new LinkedHashMap<String, String>();
        personalization.forEach((slot, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(slot, value);
            }
        });
        if (given.size() > MAX_SLOTS) {
            throw InvalidCartInput.of(
                    "personalization", "orders.cart.personalization.too-many", "Too many personalization values");
        }
        var oversized = given.entrySet().stream()
                .filter(entry -> entry.getValue().length() > MAX_VALUE_LENGTH
                        || entry.getKey().length() > MAX_SLOT_KEY_LENGTH)
                .map(entry -> new InvalidCartInput.Problem(
                        "personalization[" + entry.getKey() + "]",
                        "orders.cart.personalization.too-long",
                        List.of(MAX_VALUE_LENGTH),
                        "The text is too long"))
                .toList();
        if (!oversized.isEmpty()) {
            problems.addAll(oversized);
            throw new InvalidCartInput(problems);
        }
        var variant = catalog.variant(variantId).orElseThrow(() -> new NotFoundException("Unknown product variant"));
        if (!variant.available()) {
            problems.add(new InvalidCartInput.Problem(
                    "variantId", "orders.cart.unavailable", List.of(), "This product is not available at the moment"));
        }
        var check = catalog.checkPersonalization(variantId, given);
        for (var violation : check.violations()) {
            problems.add(new InvalidCartInput.Problem(
                    "personalization[" + violation.slotKey() + "]",
                    violation.code(),
                    violation.arguments(),
                    violation.defaultMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCartInput(problems);
        }
        return check.values();
    }

    /**
     * Photo, video and file slots hold the id of a material uploaded to this very cart, of the kind
     * the slot takes: an id from another cart, or of a material since deleted, is refused.
     */
    private void requireOwnMaterials(@Nullable CartId cartId, List<PersonalizationValue> values) {
        var problems = new ArrayList<InvalidCartInput.Problem>();
        for (var value : values) {
            var kind = UploadSlots.kindFor(value.type());
            if (kind == null) {
                continue;
            }
            var own = cartId != null
                    && UploadSlots.materialId(value.value())
                            .flatMap(uploads::find)
                            .filter(material -> material.scope().equals(UploadScope.cart(cartId.value())))
                            .filter(material -> material.kind() == kind)
                            .isPresent();
            if (!own) {
                problems.add(new InvalidCartInput.Problem(
                        "personalization[" + value.slotKey() + "]",
                        "cart-uploads.upload-again." + value.type().name(),
                        List.of(value.label()),
                        value.type() == SlotType.PHOTO
                                ? "Please upload your photo again"
                                : "Please upload your file again"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCartInput(problems);
        }
    }

    private @Nullable CustomerId signedInCustomer() {
        return customers.signedIn().map(CustomerProfile::id).orElse(null);
    }
}
