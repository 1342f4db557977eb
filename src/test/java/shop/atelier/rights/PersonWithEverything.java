package shop.atelier.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.VariantId;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CharacterRule;
import shop.atelier.catalog.internal.PersonalizationSlot;
import shop.atelier.catalog.internal.ProductDraft;
import shop.atelier.catalog.internal.VariantDraft;
import shop.atelier.customers.PostalAddress;
import shop.atelier.customers.internal.AccountManagement;
import shop.atelier.marketing.internal.Newsletter;
import shop.atelier.marketing.internal.OptInSource;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.Orders;
import shop.atelier.orders.internal.Address;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CartUploads;
import shop.atelier.orders.internal.CheckoutDetails;
import shop.atelier.orders.internal.CheckoutService;
import shop.atelier.orders.internal.Contact;
import shop.atelier.orders.internal.PlacedOrder;
import shop.atelier.payments.internal.SandboxPaymentProvider;
import shop.atelier.platform.Money;
import shop.atelier.privacy.internal.LegalHoldRegister;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.production.internal.ProductionService;
import shop.atelier.production.internal.WorkshopPortal;
import shop.atelier.proofs.internal.ProofService;
import shop.atelier.rights.internal.RightsDesk;
import shop.atelier.shipping.internal.Parcel;
import shop.atelier.shipping.internal.ShippingService;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * Builds a person with everything the shop holds about people, through the modules' own services
 * (the same calls the web layer makes), one small method per module: an account with an address
 * book, an account order that went through upload, payment, design proofs, a workshop and a carrier,
 * an unpaid account order, an open cart with an upload, a guest order under the same address, the
 * emails all of that sent, the disclosures it made and the audit entries of staff and a workshop
 * looking at it. Every value that identifies the person is a unique {@link Markers marker}.
 *
 * <p>A module that starts holding personal data adds a method here and calls it from {@link
 * #create}: the acceptance tests find it through the privacy SPI and fail until it does.
 */
final class PersonWithEverything {

    static final String STAFF = "staff@atelier.example";
    static final String PASSWORD_PREFIX = "Everything-pass-";

    /** The values that identify the person; each appears nowhere else in the shop. */
    record Markers(String name, String email, String phone, String street, String personalization, String comment) {

        static Markers unique() {
            var id = UUID.randomUUID().toString().replace("-", "");
            var digits = String.valueOf(Math.abs(id.hashCode()) % 90_000_000 + 10_000_000);
            return new Markers(
                    "Zelda Quixote " + id.substring(0, 10),
                    "zelda-" + id + "@example.com",
                    "+49 170 " + digits,
                    "Quixote Lane " + id.substring(10, 20),
                    "Forever yours " + id.substring(20, 30),
                    "Please make the sky bluer " + id.substring(0, 12));
        }

        List<String> all() {
            return List.of(name, email, phone, street, personalization, comment);
        }
    }

    /** What was built, to look for afterwards. */
    record Person(
            Markers markers,
            UUID customerId,
            List<OrderId> orders,
            List<MaterialId> materials,
            List<UploadScope> scopes,
            BufferedImage photo) {

        DataSubject subject() {
            return new DataSubject(customerId, markers.email());
        }
    }

    private final ApplicationContext context;
    private final MockMvc mvc;
    private final URI shop;
    private final Markers markers = Markers.unique();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<OrderId> orders = new ArrayList<>();
    private final List<MaterialId> materials = new ArrayList<>();
    private final List<UploadScope> scopes = new ArrayList<>();
    private final BufferedImage photo = distinctivePhoto();
    private @Nullable UUID customerId;
    private @Nullable Product product;

    PersonWithEverything(ApplicationContext context, MockMvc mvc, URI shop) {
        this.context = context;
        this.mvc = mvc;
        this.shop = shop;
    }

    /** A person with everything: see the class comment. */
    static Person create(ApplicationContext context, MockMvc mvc, URI shop) {
        var fixture = new PersonWithEverything(context, mvc, shop);
        fixture.account();
        var order = fixture.accountOrderWithUploads();
        fixture.customerOpensTheirPhoto(order);
        fixture.designProofs(order);
        fixture.production(order);
        fixture.shipment(order);
        fixture.staffViewOrder(order);
        fixture.liftedLegalHold();
        fixture.unpaidAccountOrder();
        fixture.openCartWithUpload();
        fixture.guestAsksForChanges(fixture.guestOrder());
        fixture.promotionalMail();
        fixture.accessRequest();
        return fixture.person();
    }

    /** A person with an account and a guest order only, for the tests that need less. */
    static Person simple(ApplicationContext context, MockMvc mvc, URI shop) {
        var fixture = new PersonWithEverything(context, mvc, shop);
        fixture.account();
        fixture.unpaidAccountOrder();
        fixture.guestOrder();
        return fixture.person();
    }

    Person person() {
        return new Person(
                markers,
                java.util.Objects.requireNonNull(customerId),
                List.copyOf(orders),
                List.copyOf(materials),
                List.copyOf(scopes),
                photo);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    // customers

    void account() {
        var accounts = bean(AccountManagement.class);
        var profile = accounts.register(
                markers.name(), markers.email(), markers.phone(), PASSWORD_PREFIX + UUID.randomUUID());
        customerId = profile.id().value();
        accounts.addAddress(
                markers.email(),
                new PostalAddress(
                        markers.name(), markers.street(), "Hinterhaus", "10115", "Berlin", "DE", markers.phone()));
    }

    // catalog (no personal data): a product with every kind of personalization

    record Product(VariantId variant, shop.atelier.catalog.ProductId id) {}

    Product product() {
        if (product == null) {
            var catalog = bean(CatalogManagement.class);
            var id = catalog.create(
                    new ProductDraft("everything-" + suffix, "Everything frame " + suffix, "", true, null));
            var variant = catalog.addVariant(
                    id,
                    new VariantDraft(
                            "Standard", ("EV-" + suffix).toUpperCase(Locale.ROOT), Money.of(2900, "EUR"), true));
            catalog.addSlot(id, PersonalizationSlot.text("engraving", "Engraving", false, 100));
            catalog.addSlot(id, PersonalizationSlot.photo("photo", "Your photo", false));
            catalog.addSlot(
                    id,
                    new PersonalizationSlot(
                            "letter", "Your letter", null, SlotType.TEXT_FILE, false, null, CharacterRule.BASIC));
            catalog.list(id);
            product = new Product(variant, id);
        }
        return product;
    }

    // orders, uploads, payments, notifications

    OrderId accountOrderWithUploads() {
        return signedIn(() -> {
            var carts = bean(CartService.class);
            var cartUploads = bean(CartUploads.class);
            var cart = carts.createApiCart();
            var photoSlot = cartUploads.fileSlot(product().id(), "photo");
            var letterSlot = cartUploads.fileSlot(product().id(), "letter");
            var picture = cartUploads
                    .upload(cart.id(), photoSlot, "portrait.png", new ByteArrayInputStream(png(photo)), true)
                    .material();
            var letter = cartUploads
                    .upload(
                            cart.id(),
                            letterSlot,
                            "letter.txt",
                            new ByteArrayInputStream(("Dear " + markers.name() + ", " + markers.personalization())
                                    .getBytes(StandardCharsets.UTF_8)),
                            false)
                    .material();
            carts.addLine(
                    cart.id(),
                    product().variant(),
                    1,
                    Map.of(
                            "engraving", markers.personalization(),
                            "photo", picture.id().toString(),
                            "letter", letter.id().toString()));
            var placed = bean(CheckoutService.class).checkout(cart.id(), details(markers.email()));
            materials.add(picture.id());
            materials.add(letter.id());
            scopes.add(UploadScope.order(placed.id().value()));
            return pay(placed);
        });
    }

    void unpaidAccountOrder() {
        signedIn(() -> {
            var carts = bean(CartService.class);
            var cart = carts.createApiCart();
            carts.addLine(cart.id(), product().variant(), 2, Map.of("engraving", markers.personalization()));
            var placed = bean(CheckoutService.class).checkout(cart.id(), details(markers.email()));
            orders.add(placed.id());
            return placed;
        });
    }

    /** A cart not checked out yet, holding a photo: the uploads of a signed-in customer's cart are theirs. */
    void openCartWithUpload() {
        signedIn(() -> {
            var carts = bean(CartService.class);
            var cartUploads = bean(CartUploads.class);
            var cart = carts.createApiCart();
            var picture = cartUploads
                    .upload(
                            cart.id(),
                            cartUploads.fileSlot(product().id(), "photo"),
                            "cart-portrait.png",
                            new ByteArrayInputStream(png(photo)),
                            false)
                    .material();
            carts.addLine(
                    cart.id(),
                    product().variant(),
                    1,
                    Map.of(
                            "engraving",
                            markers.personalization(),
                            "photo",
                            picture.id().toString()));
            materials.add(picture.id());
            scopes.add(UploadScope.cart(cart.id().value()));
            return cart;
        });
    }

    /** A guest order under the same address, typed in capitals: the person is still found. */
    OrderId guestOrder() {
        var carts = bean(CartService.class);
        var cart = carts.createApiCart();
        carts.addLine(cart.id(), product().variant(), 1, Map.of("engraving", markers.personalization()));
        var placed = bean(CheckoutService.class)
                .checkout(cart.id(), details(markers.email().toUpperCase(Locale.ROOT)));
        return pay(placed);
    }

    /**
     * The guest asks for changes to their design too: the proofs module finds a guest's proofs only
     * through the contact email of the order, so it must erase before the orders module anonymizes it.
     */
    void guestAsksForChanges(OrderId order) {
        var proofs = bean(ProofService.class);
        var request = await("proof request")
                .atMost(Duration.ofSeconds(30))
                .until(() -> proofs.ofOrder(order), list -> !list.isEmpty())
                .getFirst();
        proofs.publish(order, request.id(), "preview.png", new ByteArrayInputStream(preview()), "Draft", STAFF);
        proofs.requestChanges(order, request.id(), 1, markers.comment() + " (as a guest)");
    }

    private CheckoutDetails details(String email) {
        return new CheckoutDetails(
                new Contact(markers.name(), email, markers.phone()),
                new Address(markers.name(), markers.street(), null, "10115", "Berlin", "DE"),
                new Address(markers.name(), markers.street(), "Rechnung", "10115", "Berlin", "DE"));
    }

    /** Pays in the sandbox (a disclosure to the payment provider); the order waits for its proofs. */
    private OrderId pay(PlacedOrder placed) {
        var payment = java.util.Objects.requireNonNull(placed.paymentUrl(), "payment url");
        var reference = payment.getPath().substring(payment.getPath().lastIndexOf('/') + 1);
        assertThat(bean(SandboxPaymentProvider.class).complete(reference, true, shop))
                .isEqualTo(SandboxPaymentProvider.Completion.DELIVERED);
        awaitStatus(placed.id(), OrderStatus.PROOFING);
        orders.add(placed.id());
        return placed.id();
    }

    private void awaitStatus(OrderId order, OrderStatus status) {
        await("order " + status)
                .atMost(Duration.ofSeconds(30))
                .until(() -> bean(Orders.class).summary(order).orElseThrow().status() == status);
    }

    /** The customer opens their photo through a signed link: the access log names them. */
    void customerOpensTheirPhoto(OrderId order) {
        var photoId = materials.getFirst();
        var link = bean(Uploads.class)
                .link(
                        photoId,
                        Rendition.CONTENT,
                        new Viewer("CUSTOMER", String.valueOf(customerId), markers.email(), "order-page"));
        perform(get(link).with(user(markers.email()).roles("CUSTOMER")));
    }

    // proofs

    void designProofs(OrderId order) {
        var proofs = bean(ProofService.class);
        var request = await("proof request")
                .atMost(Duration.ofSeconds(30))
                .until(() -> proofs.ofOrder(order), list -> !list.isEmpty())
                .getFirst();
        proofs.publish(order, request.id(), "preview-1.png", new ByteArrayInputStream(preview()), "First draft", STAFF);
        proofs.requestChanges(order, request.id(), 1, markers.comment());
        proofs.publish(order, request.id(), "preview-2.png", new ByteArrayInputStream(preview()), "Bluer", STAFF);
        signedIn(() -> {
            proofs.approve(order, request.id(), 2);
            return null;
        });
        awaitStatus(order, OrderStatus.IN_PRODUCTION);
    }

    // production: a disclosure to the workshop, and the craftsman's view of the job in the audit log

    void production(OrderId order) {
        var production = bean(ProductionService.class);
        var portal = bean(WorkshopPortal.class);
        var workshop = production.createWorkshop("Workshop " + suffix, null, true);
        var craftsman = "craftsman-" + suffix + "@example.com";
        production.invite(workshop.id(), "Craftsman " + suffix, craftsman, STAFF);
        var member = portal.membership(craftsman);
        for (var line : bean(Orders.class).lines(order)) {
            var job = production.assign(
                    order, line.lineId(), workshop.id(), LocalDate.now().plusDays(7), STAFF);
            portal.view(member, job.id());
            portal.start(member, job.id());
            portal.finish(member, job.id());
        }
        await("order made")
                .atMost(Duration.ofSeconds(30))
                .until(() -> bean(ShippingService.class).readyToShip().stream()
                        .anyMatch(ready -> ready.id().equals(order)));
    }

    // shipping: a disclosure to the carrier, and staff printing the label in the audit log

    void shipment(OrderId order) {
        var shipping = bean(ShippingService.class);
        var shipment = shipping.dispatch(order, "manual", new Parcel(1200, 40, 30, 15));
        shipping.printableLabel(shipment.id(), STAFF);
    }

    // marketing: an opt-in from the account, confirmed through the link in the email

    void promotionalMail() {
        var newsletter = bean(Newsletter.class);
        newsletter.request(markers.email(), customerId, OptInSource.ACCOUNT, Locale.ENGLISH);
        var body = bean(JdbcClient.class)
                .sql(
                        "select text_body from outbox_messages where recipient = ? and text_body like '%/newsletter/confirm/%'"
                                + " order by created_at desc limit 1")
                .param(markers.email())
                .query(String.class)
                .single();
        var token = java.util.regex.Pattern.compile("/newsletter/confirm/([A-Za-z0-9_-]+)")
                .matcher(body)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        assertThat(newsletter.confirm(token)).isPresent();
    }

    // rights: the person asked for a copy of their data before

    void accessRequest() {
        bean(RightsDesk.class).requestAccessFromAccount(new DataSubject(customerId, markers.email()));
    }

    // privacy: staff look at the order (audit log)

    void staffViewOrder(OrderId order) {
        perform(get("/staff/orders/{id}", order.value()).with(user(STAFF).roles("STAFF")));
    }

    /** A privacy officer held the person's data for a while: the record that the hold stood stays. */
    void liftedLegalHold() {
        var holds = bean(LegalHoldRegister.class);
        var hold = holds.place(markers.email(), null, null, "Payment dispute", "Case " + suffix);
        holds.lift(hold, "Dispute settled");
    }

    private void perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T signedIn(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                markers.email(), null, List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** 64 × 48 pixels with a pattern no other picture has: every pixel's colour follows from its place. */
    static BufferedImage distinctivePhoto() {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var seed = new java.util.Random().nextInt(1 << 20);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, (x * 4 << 16) | (y * 5 << 8) | ((seed + x * y) & 0xff));
            }
        }
        return image;
    }

    /** A design preview: the shop's picture, not the person's. */
    static byte[] preview() {
        return png(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB));
    }

    static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage read(InputStream in) {
        try {
            return java.util.Objects.requireNonNull(ImageIO.read(in), "not an image");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
