package shop.atelier.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.catalog.Catalog;
import shop.atelier.catalog.PricedVariant;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderLineSummary;
import shop.atelier.orders.Orders;
import shop.atelier.payments.Payments;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.UploadOwner;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;

@OrdersModuleTest
class CheckoutUploadsTests {

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    Customers customers;

    @Autowired
    Payments payments;

    @Autowired
    Uploads uploads;

    @Autowired
    Orders orders;

    @Autowired
    JdbcClient jdbc;

    UploadsStub files;
    PricedVariant frame;
    String email;

    @BeforeEach
    void setUp() {
        new OrderTestSupport(carts, checkout, payments, jdbc);
        new CatalogFixture(catalog);
        files = new UploadsStub(uploads);
        frame = new PersonalizedProducts(catalog).product("Photo frame", true);
        email = OrderTestSupport.uniqueEmail();
    }

    @Test
    void theMaterialsTheLinesNameMoveToTheOrderAndTheOthersAreDeleted() {
        var cart = carts.createApiCart();
        var cartScope = UploadScope.cart(cart.id().value());
        var photo = files.upload(cartScope, MaterialKind.PHOTO, "grandma.jpg");
        var letter = files.upload(cartScope, MaterialKind.TEXT, "letter.txt");
        var replaced = files.upload(cartScope, MaterialKind.PHOTO, "blurry.jpg");
        carts.addLine(cart.id(), frame.variantId(), 1, Map.of("photo", photo.toString(), "letter", letter.toString()));

        var order = checkout.checkout(cart.id(), details(email));

        var orderScope = UploadScope.order(order.id().value());
        verify(uploads).rebind(cartScope, orderScope, Set.of(photo, letter));
        verify(uploads).assignOwner(orderScope, new UploadOwner(email, null));
        assertThat(files.scopeOf(photo)).contains(orderScope);
        assertThat(files.scopeOf(letter)).contains(orderScope);
        assertThat(files.scopeOf(replaced)).as("uploaded but not ordered").isEmpty();
        assertThat(orders.lines(order.id()))
                .singleElement()
                .satisfies(line -> assertThat(line.needsProof()).isTrue())
                .satisfies(line -> assertThat(line.personalization())
                        .extracting(value -> value.value())
                        .containsExactlyInAnyOrder(photo.toString(), letter.toString()));
    }

    @Test
    void aCustomersMaterialsBelongToTheAccount() {
        var customer = new CustomerProfile(CustomerId.random(), "Dana", OrderTestSupport.uniqueEmail(), null);
        when(customers.signedIn()).thenReturn(Optional.of(customer));
        var cart = carts.createApiCart();
        var video = files.upload(UploadScope.cart(cart.id().value()), MaterialKind.VIDEO, "wedding.mp4");
        carts.addLine(cart.id(), frame.variantId(), 1, Map.of("video", video.toString()));

        var order = checkout.checkout(cart.id(), details(customer.email()));

        verify(uploads)
                .assignOwner(
                        UploadScope.order(order.id().value()),
                        new UploadOwner(customer.email(), customer.id().value()));
    }

    @Test
    void aCartWithoutUploadsIsCheckedOutAsBefore() {
        var mug = new PersonalizedProducts(catalog).product("Mug", false);
        var cart = carts.createApiCart();
        carts.addLine(cart.id(), mug.variantId(), 2, Map.of("engraving", "For Ann"));

        var order = checkout.checkout(cart.id(), details(email));

        verify(uploads)
                .rebind(
                        UploadScope.cart(cart.id().value()),
                        UploadScope.order(order.id().value()),
                        Set.of());
        verify(uploads, never()).assignOwner(any(), any());
        assertThat(orders.lines(order.id()))
                .singleElement()
                .satisfies(line -> assertThat(line.needsProof()).isFalse());
    }

    @Test
    void aLineNeedsAProofOnlyIfTheProductAsksForOneAndItIsPersonalized() {
        var mug = new PersonalizedProducts(catalog).product("Mug", false);
        var cart = carts.createApiCart();
        var photo = files.upload(UploadScope.cart(cart.id().value()), MaterialKind.PHOTO, "cat.png");
        carts.addLine(cart.id(), frame.variantId(), 1, Map.of());
        carts.addLine(cart.id(), mug.variantId(), 1, Map.of("photo", photo.toString()));

        var order = checkout.checkout(cart.id(), details(email));

        assertThat(orders.lines(order.id()))
                .extracting(OrderLineSummary::productName, OrderLineSummary::needsProof)
                .containsExactlyInAnyOrder(tuple("Photo frame", false), tuple("Mug", false));
        assertThat(jdbc.sql("select count(*) from order_lines where order_id = ? and needs_proof")
                        .param(order.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(orders.lines(new OrderId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aLineCannotCarryAMaterialOfAnotherCart() {
        var otherCart = UploadScope.cart(UUID.randomUUID());
        var someoneElses = files.upload(otherCart, MaterialKind.PHOTO, "theirs.jpg");
        var cart = carts.createApiCart();

        assertThatThrownBy(
                        () -> carts.addLine(cart.id(), frame.variantId(), 1, Map.of("photo", someoneElses.toString())))
                .isInstanceOf(InvalidCartInput.class);

        assertThat(carts.view(cart.id()).lines()).isEmpty();
        assertThat(files.scopeOf(someoneElses)).contains(otherCart);
    }

    @Test
    void aMaterialGoneBeforeCheckoutStopsTheCheckoutAndNothingIsOrdered() {
        var cart = carts.createApiCart();
        var photo = files.upload(UploadScope.cart(cart.id().value()), MaterialKind.PHOTO, "mine.jpg");
        carts.addLine(cart.id(), frame.variantId(), 1, Map.of("photo", photo.toString()));
        files.lose(photo);
        var before = countOrdersOf(email);

        assertThatThrownBy(() -> checkout.checkout(cart.id(), details(email))).isInstanceOf(CartNeedsChanges.class);

        assertThat(countOrdersOf(email)).isEqualTo(before);
        verify(uploads, never()).rebind(any(), any(), any());
    }

    private int countOrdersOf(String address) {
        return jdbc.sql("select count(*) from orders where contact_email = ?")
                .param(address)
                .query(Integer.class)
                .single();
    }

    private static CheckoutDetails details(String email) {
        var address = new Address("Ann Example", "Hauptstraße 1", null, "10115", "Berlin", "DE");
        return new CheckoutDetails(new Contact("Ann Example", email, null), address, address);
    }
}
