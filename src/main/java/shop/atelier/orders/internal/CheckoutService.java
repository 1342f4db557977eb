package shop.atelier.orders.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.PromotionalMailRequested;
import shop.atelier.platform.SecretToken;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.UploadOwner;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

/**
 * Turns a cart into an order and sends the customer to the payment provider. The order is stored,
 * the cart's uploaded materials that its lines name move to the order (the others are deleted) and
 * the cart is emptied, all in one transaction; the provider is called after it commits, so a slow
 * or failing provider never holds a database transaction open or loses an order.
 */
@Service
public class CheckoutService {

    private final CartRepository carts;
    private final OrderRepository orders;
    private final Catalog catalog;
    private final Customers customers;
    private final OrderService orderService;
    private final OrderLinks links;
    private final OrderNumbers numbers;
    private final Uploads uploads;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckoutService(
            CartRepository carts,
            OrderRepository orders,
            Catalog catalog,
            Customers customers,
            OrderService orderService,
            OrderLinks links,
            Uploads uploads,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.carts = carts;
        this.orders = orders;
        this.catalog = catalog;
        this.customers = customers;
        this.orderService = orderService;
        this.links = links;
        this.numbers = new OrderNumbers(clock);
        this.uploads = uploads;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Places the order and starts its payment.
     *
     * @throws EmptyCart if the cart has no lines (or is gone)
     * @throws CartNeedsChanges if a line can no longer be ordered as it is
     */
    public PlacedOrder checkout(CartId cartId, CheckoutDetails details) {
        var placed = transaction.execute(status -> place(cartId, details));
        var returnUrl = links.orderPage(placed.id(), placed.customerId() != null, placed.trackingToken());
        try {
            var paymentUrl = orderService.startPayment(placed.id(), placed.number(), placed.total(), returnUrl);
            return placed.withPayment(OrderStatus.PLACED, paymentUrl);
        } catch (PaymentUnavailable e) {
            return placed.withPayment(OrderStatus.PAYMENT_FAILED, null);
        }
    }

    private PlacedOrder place(CartId cartId, CheckoutDetails details) {
        var cart = carts.findForUpdate(cartId).filter(c -> !c.isEmpty()).orElseThrow(EmptyCart::new);
        var customer = customers.signedIn().map(CustomerProfile::id).orElse(null);
        var now = clock.instant();
        var order = Order.place(
                OrderId.random(),
                numbers.next(orders::numberTaken),
                customer,
                details.contact(),
                details.shippingAddress(),
                details.billingAddress(),
                priced(cart),
                Actor.CUSTOMER,
                now);
        orders.save(order, now);
        var materials = Materials.referencedBy(order.lines());
        var orderScope = UploadScope.order(order.id().value());
        // A cart without uploads has no scope: rebinding it changes nothing.
        uploads.rebind(UploadScope.cart(cart.id().value()), orderScope, materials);
        if (!materials.isEmpty()) {
            uploads.assignOwner(
                    orderScope, new UploadOwner(details.contact().email(), customer == null ? null : customer.value()));
        }
        var token = SecretToken.random();
        orders.addTrackingToken(order.id(), token.hash(), now);
        carts.delete(cart.id());
        if (details.promotionalMail()) {
            events.publishEvent(new PromotionalMailRequested(order.id()));
        }
        return new PlacedOrder(order.id(), order.number(), order.status(), order.total(), customer, token, null);
    }

    /** Every line priced and its personalization checked by the catalog again, now. */
    private List<OrderLine> priced(Cart cart) {
        var cartScope = UploadScope.cart(cart.id().value());
        var problems = new ArrayList<InvalidCartInput.Problem>();
        var lines = new ArrayList<OrderLine>();
        for (var line : cart.lines()) {
            var variant = catalog.variant(line.variantId()).filter(PricedVariant::available);
            if (variant.isEmpty()) {
                problems.add(new InvalidCartInput.Problem(
                        "lines[" + line.id() + "]",
                        "orders.checkout.line-unavailable",
                        List.of(),
                        "An item in the cart is no longer available"));
                continue;
            }
            var given = new LinkedHashMap<String, String>();
            line.personalization().forEach(value -> given.put(value.slotKey(), value.value()));
            var check = catalog.checkPersonalization(line.variantId(), given);
            if (!check.valid()) {
                problems.add(new InvalidCartInput.Problem(
                        "lines[" + line.id() + "]",
                        "orders.checkout.line-personalization-changed",
                        List.of(variant.get().productName()),
                        "The personalization of " + variant.get().productName() + " needs to be given again"));
                continue;
            }
            if (!materialsInCart(check.values(), cartScope)) {
                problems.add(new InvalidCartInput.Problem(
                        "lines[" + line.id() + "]",
                        "orders.checkout.line-material-missing",
                        List.of(variant.get().productName()),
                        "An uploaded file of " + variant.get().productName() + " is missing; please upload it again"));
                continue;
            }
            lines.add(orderLine(variant.get(), line.quantity(), check.values()));
        }
        if (!problems.isEmpty()) {
            throw new CartNeedsChanges(problems);
        }
        return lines;
    }

    /**
     * Every file slot names a material uploaded into this cart: a line can never carry another
     * cart's (another person's) upload into an order, nor a material deleted meanwhile.
     */
    private boolean materialsInCart(List<PersonalizationValue> values, UploadScope cartScope) {
        for (var value : values) {
            if (!Materials.holdsMaterial(value)) {
                continue;
            }
            var inCart = Materials.of(value)
                    .flatMap(uploads::find)
                    .map(Material::scope)
                    .filter(cartScope::equals)
                    .isPresent();
            if (!inCart) {
                return false;
            }
        }
        return true;
    }

    private static OrderLine orderLine(PricedVariant variant, int quantity, List<PersonalizationValue> values) {
        return new OrderLine(
                UUID.randomUUID(),
                variant.productId(),
                variant.variantId(),
                variant.productName(),
                variant.variantName(),
                variant.sku(),
                variant.price(),
                quantity,
                variant.requiresProof(),
                values);
    }
}
