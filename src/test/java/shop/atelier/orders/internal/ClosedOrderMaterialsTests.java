package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.payments.Payments;
import shop.atelier.privacy.LegalHolds;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

@OrdersModuleTest
class ClosedOrderMaterialsTests {

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    Payments payments;

    @Autowired
    Uploads uploads;

    @Autowired
    LegalHolds holds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    UploadsStub files;
    PricedVariant frame;

    @BeforeEach
    void setUp() {
        new OrderTestSupport(carts, checkout, payments, jdbc);
        new CatalogFixture(catalog);
        files = new UploadsStub(uploads);
        frame = new PersonalizedProducts(catalog).product("Photo frame", true);
        reset(holds);
    }

    @Test
    void theMaterialsOfAClosedOrderAreDeletedOnceAndThoseOfOpenOrdersAreKept() {
        var closed = place();
        var delivered = place();
        status(closed.order(), "CLOSED");
        status(delivered.order(), "DELIVERED");

        ClosedOrderMaterials.destroy(jdbc, uploads, holds, clock);

        assertThat(files.scopeOf(closed.photo())).isEmpty();
        assertThat(destroyedAt(closed.order())).isNotNull();
        assertThat(files.scopeOf(delivered.photo()))
                .as("the after-sales window of a delivered order is still open")
                .contains(UploadScope.order(delivered.order().id().value()));
        verify(uploads, never())
                .destroyScope(UploadScope.order(delivered.order().id().value()));

        reset(uploads);
        ClosedOrderMaterials.destroy(jdbc, uploads, holds, clock);
        verify(uploads, never())
                .destroyScope(UploadScope.order(closed.order().id().value()));
    }

    @Test
    void aLegalHoldOnTheOrderKeepsItsMaterialsUntilItIsLifted() {
        var byId = place();
        var byNumber = place();
        status(byId.order(), "CLOSED");
        status(byNumber.order(), "CLOSED");
        when(holds.isHeld(byId.order().id().value())).thenReturn(true);
        when(holds.isHeldOrderNumber(byNumber.order().number())).thenReturn(true);

        ClosedOrderMaterials.destroy(jdbc, uploads, holds, clock);

        assertThat(files.scopeOf(byId.photo()))
                .contains(UploadScope.order(byId.order().id().value()));
        assertThat(files.scopeOf(byNumber.photo()))
                .contains(UploadScope.order(byNumber.order().id().value()));
        assertThat(destroyedAt(byId.order())).isNull();

        reset(holds);
        when(holds.isHeld(any(UUID.class))).thenReturn(false);
        when(holds.isHeldOrderNumber(anyString())).thenReturn(false);
        ClosedOrderMaterials.destroy(jdbc, uploads, holds, clock);

        assertThat(files.scopeOf(byId.photo())).as("the hold was lifted").isEmpty();
        assertThat(files.scopeOf(byNumber.photo())).isEmpty();
    }

    private record Placed(PlacedOrder order, MaterialId photo) {}

    private Placed place() {
        var cart = carts.createApiCart();
        var photo = files.upload(UploadScope.cart(cart.id().value()), MaterialKind.PHOTO, "grandma.jpg");
        carts.addLine(cart.id(), frame.variantId(), 1, Map.of("photo", photo.toString()));
        return new Placed(
                checkout.checkout(cart.id(), OrderWorkflowTests.details(OrderTestSupport.uniqueEmail())), photo);
    }

    private void status(PlacedOrder order, String status) {
        jdbc.sql("update orders set status = ? where id = ?")
                .params(status, order.id().value())
                .update();
    }

    private Object destroyedAt(PlacedOrder order) {
        return jdbc.sql("select materials_destroyed_at from orders where id = ?")
                .param(order.id().value())
                .query((rs, row) -> rs.getObject(1))
                .optional()
                .orElse(null);
    }
}
