package shop.atelier.orders.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderContact;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderLineSummary;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.orders.ShippingLabel;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.SecretToken;

@Service
@Transactional(readOnly = true)
class OrdersFacade implements Orders {

    /** Tokens are 43 characters; anything much longer is not worth hashing. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final OrderRepository orders;
    private final MailLinks links;
    private final Clock clock;

    OrdersFacade(OrderRepository orders, MailLinks links, Clock clock) {
        this.orders = orders;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Optional<OrderSummary> summary(OrderId id) {
        return orders.find(id).map(OrdersFacade::summary);
    }

    @Override
    public Optional<OrderSummary> summary(String orderNumber) {
        return orders.findByNumber(orderNumber).flatMap(this::summary);
    }

    @Override
    public List<OrderSummary> ofCustomer(CustomerId customerId) {
        return orders.ofCustomer(customerId).stream()
                .map(OrderListItem::summary)
                .toList();
    }

    @Override
    public List<OrderSummary> ofContactEmail(String email) {
        return orders.ofContactEmail(email).stream().map(OrderListItem::summary).toList();
    }

    @Override
    public Optional<OrderSummary> byTrackingToken(String token) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return orders.findByTrackingToken(SecretToken.hash(token)).flatMap(this::summary);
    }

    @Override
    public List<OrderLineSummary> lines(OrderId id) {
        return orders.find(id)
                .map(order -> order.lines().stream().map(OrdersFacade::line).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<String> contactEmail(OrderId id) {
        return orders.find(id)
                .flatMap(order -> Optional.ofNullable(order.contact()))
                .map(contact -> contact.email());
    }

    @Override
    @Transactional
    public Optional<OrderContact> contactForMail(OrderId id) {
        return orders.find(id).flatMap(order -> {
            var contact = order.contact();
            return contact == null
                    ? Optional.empty()
                    : Optional.of(new OrderContact(contact.email(), links.orderPage(order)));
        });
    }

    @Override
    @Transactional
    public void proofsApproved(OrderId id) {
        var order = orders.findForUpdate(id).orElseThrow(() -> new NotFoundException("No such order"));
        var now = clock.instant();
        if (order.proofsApproved(now)) {
            orders.save(order, now);
        }
    }

    @Override
    public List<OrderSummary> withStatus(OrderStatus status, int limit) {
        return orders.withStatus(status, limit).stream()
                .map(OrderListItem::summary)
                .toList();
    }

    @Override
    public Optional<ShippingLabel> shippingLabel(OrderId id) {
        return orders.find(id).flatMap(order -> {
            var address = order.shippingAddress();
            var contact = order.contact();
            if (address == null || contact == null) {
                return Optional.empty();
            }
            return Optional.of(new ShippingLabel(
                    order.number(),
                    address.name(),
                    address.line1(),
                    address.line2(),
                    address.postalCode(),
                    address.city(),
                    address.country(),
                    contact.phone()));
        });
    }

    @Override
    @Transactional
    public void shipped(OrderId id) {
        var order = forUpdate(id);
        var now = clock.instant();
        if (order.ship(now)) {
            orders.save(order, now);
        }
    }

    @Override
    @Transactional
    public void delivered(OrderId id, Instant at) {
        var order = forUpdate(id);
        if (order.deliver(at)) {
            orders.save(order, clock.instant());
        }
    }

    @Override
    @Transactional
    public void closed(OrderId id) {
        var order = forUpdate(id);
        var now = clock.instant();
        if (order.close(now)) {
            orders.save(order, now);
        }
    }

    private Order forUpdate(OrderId id) {
        return orders.findForUpdate(id).orElseThrow(() -> new NotFoundException("No such order"));
    }

    private static OrderSummary summary(Order order) {
        return new OrderSummary(
                order.id(), order.number(), order.status(), order.total(), order.placedAt(), order.customerId());
    }

    private static OrderLineSummary line(OrderLine line) {
        return new OrderLineSummary(
                line.id(),
                line.productName(),
                line.variantName(),
                line.sku(),
                line.quantity(),
                line.personalization(),
                line.needsProof());
    }
}
