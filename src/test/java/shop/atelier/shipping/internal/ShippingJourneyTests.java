package shop.atelier.shipping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import shop.atelier.MutableClock;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.ProductDraft;
import shop.atelier.catalog.internal.VariantDraft;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.orders.internal.Address;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CheckoutDetails;
import shop.atelier.orders.internal.CheckoutService;
import shop.atelier.orders.internal.Contact;
import shop.atelier.payments.internal.SandboxPaymentProvider;
import shop.atelier.platform.Money;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.production.internal.ProductionService;
import shop.atelier.production.internal.WorkshopPortal;
import shop.atelier.shipping.ShipmentStatus;

/**
 * The whole shop with a hand-moved clock, a carrier API on a local port and a real mail server: an
 * order is placed and paid in the sandbox, goes to production, staff ship it, the carrier reports
 * it delivered through a signed webhook, the customer gets the emails, and the end of the
 * after-sales window closes the order. Every order and person is new, so the journeys hold in a
 * shared database too.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atelier.mail.dispatch-interval=PT0.5S")
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(ShippingJourneyTests.Clocks.class)
@ContextConfiguration(initializers = ShippingJourneyTests.Carriers.class)
@MockitoSpyBean(types = {Disclosures.class, AuditLog.class})
class ShippingJourneyTests {

    static final String SECRET = "parcel-api-webhook-secret-for-tests";
    static final String BILLING_MARK = "Billing Lane " + UUID.randomUUID();
    static final CarrierServer carrierApi = new CarrierServer();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void outside(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    /** The carriers, two of them the API on a local port: an indexed list binds from one property source. */
    static class Carriers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var api = carrierApi.baseUrl().toString();
            var carriers = new LinkedHashMap<String, Object>();
            carriers.put("[0].code", "manual");
            carriers.put("[0].name", "Counter parcel");
            carriers.put("[0].type", "manual");
            carriers.put("[1].code", "parcel-api");
            carriers.put("[1].name", "Parcel API");
            carriers.put("[1].type", "http");
            carriers.put("[1].base-url", api);
            carriers.put("[1].api-key", "key-123");
            carriers.put("[1].webhook-secret", SECRET);
            carriers.put("[2].code", "express");
            carriers.put("[2].name", "Express");
            carriers.put("[2].type", "http");
            carriers.put("[2].base-url", api);
            carriers.put("[2].api-key", "key-456");
            carriers.put("[2].requires-phone", "true");
            var properties = new LinkedHashMap<String, Object>();
            carriers.forEach((key, value) -> properties.put("atelier.shipping.carriers" + key, value));
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("shipping-test-carriers", properties));
        }
    }

    @AfterAll
    static void stopCarrier() {
        carrierApi.close();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MutableClock shippingTestClock() {
            return new MutableClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogManagement catalog;

    @Autowired
    CartService carts;

    @Autowired
    CheckoutService checkout;

    @Autowired
    SandboxPaymentProvider sandbox;

    @Autowired
    Orders orders;

    @Autowired
    ShippingService shipping;

    @Autowired
    ProductionService production;

    @Autowired
    WorkshopPortal portal;

    @Autowired
    ShipmentTracking tracking;

    @Autowired
    AfterSalesClosing closing;

    @Autowired
    Disclosures disclosures;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    String suffix;
    String email;

    @BeforeEach
    void newPerson() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        email = "ship-" + suffix + "@example.com";
        carrierApi.received.clear();
        carrierApi.trackingNumbers.clear();
        clearInvocations(disclosures, auditLog);
    }

    /** A paid order that a workshop has made: ready to ship. */
    OrderId paidOrderInProduction() {
        var order = paidOrderAwaitingItsWorkshop();
        makeInAWorkshop(order);
        return order;
    }

    /** A product that needs no design preview, bought and paid by a new guest: it goes to production. */
    OrderId paidOrderAwaitingItsWorkshop() {
        var product = catalog.create(new ProductDraft("board-" + suffix, "Oak board " + suffix, "", false, null));
        var variant = catalog.addVariant(
                product,
                new VariantDraft(
                        "Standard", ("OB-" + suffix).toUpperCase(java.util.Locale.ROOT), Money.of(3900, "EUR"), true));
        catalog.list(product);
        var cart = carts.createApiCart();
        carts.addLine(cart.id(), variant, 1, Map.of());
        var placed = checkout.checkout(
                cart.id(),
                new CheckoutDetails(
                        new Contact("Ann " + suffix, email, "+49 30 " + suffix.hashCode()),
                        new Address("Ann " + suffix, "Hauptstraße 1", "Hinterhaus", "10115", "Berlin", "DE"),
                        new Address("Ann Billing " + suffix, BILLING_MARK, null, "80331", "München", "DE")));
        var payment = placed.paymentUrl();
        assertThat(payment).isNotNull();
        var reference = payment.getPath().substring(payment.getPath().lastIndexOf('/') + 1);
        assertThat(sandbox.complete(reference, true, URI.create("http://localhost:" + port)))
                .isEqualTo(SandboxPaymentProvider.Completion.DELIVERED);
        await("order in production")
                .atMost(Duration.ofSeconds(20))
                .until(() -> status(placed.id()) == OrderStatus.IN_PRODUCTION);
        return placed.id();
    }

    /**
     * A workshop makes every line: staff assign the jobs, the craftsman starts and finishes them,
     * and shipping hears that the order is made.
     */
    void makeInAWorkshop(OrderId order) {
        var workshop = production.createWorkshop("Workshop " + suffix, null, true);
        var craftsman = "craftsman-" + suffix + "@example.com";
        production.invite(workshop.id(), "Craftsman " + suffix, craftsman, "staff@atelier.example");
        var member = portal.membership(craftsman);
        for (var line : orders.lines(order)) {
            var job = production.assign(
                    order, line.lineId(), workshop.id(), LocalDate.now(clock).plusDays(7), "staff@atelier.example");
            portal.start(member, job.id());
            portal.finish(member, job.id());
        }
        await("order made")
                .atMost(Duration.ofSeconds(20))
                .until(() -> shipping.readyToShip().stream()
                        .anyMatch(ready -> ready.id().equals(order)));
    }

    OrderStatus status(OrderId id) {
        return orders.summary(id).orElseThrow().status();
    }

    String number(OrderId id) {
        return orders.summary(id).orElseThrow().number();
    }

    MvcResult asStaff(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    MvcResult ship(OrderId order, String carrier) throws Exception {
        return asStaff(post("/staff/shipping/orders/{id}", order.value())
                .with(user("staff-" + suffix).roles("STAFF"))
                .with(csrf())
                .param("carrier", carrier)
                .param("weightGrams", "1200")
                .param("lengthCm", "40")
                .param("widthCm", "30")
                .param("heightCm", "15"));
    }

    HttpResponse<String> webhook(String carrier, String body, @Nullable String signature) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/shipping/" + carrier))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(TrackingSignature.HEADER, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signed(String trackingNumber, String eventId, String status, Instant at) throws Exception {
        var body = report(trackingNumber, eventId, status, at);
        return webhook("parcel-api", body, TrackingSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }

    static String report(String trackingNumber, String eventId, String status, Instant at) {
        return "{\"eventId\":\"%s\",\"trackingNumber\":\"%s\",\"status\":\"%s\",\"at\":\"%s\"}"
                .formatted(eventId, trackingNumber, status, at);
    }

    MimeMessage awaitMail(String subject) {
        return await("mail '" + subject + "' to " + email)
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> Arrays.stream(smtp.getReceivedMessages())
                                .filter(message ->
                                        to(message, email) && subject(message).equals(subject))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    static boolean to(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    List<String> history(OrderId id) {
        return jdbc.sql("select to_status || ' by ' || actor from order_transitions where order_id = ? order by id")
                .param(id.value())
                .query(String.class)
                .list();
    }

    @Test
    void aPaidOrderIsShippedDeliveredAndClosedWhenTheAfterSalesWindowEnds() throws Exception {
        var order = paidOrderInProduction();
        var number = number(order);

        var overview =
                asStaff(get("/staff/shipping").with(user("staff-" + suffix).roles("STAFF")));
        assertThat(overview.getResponse().getStatus()).isEqualTo(200);
        assertThat(overview.getResponse().getContentAsString()).contains(number);

        var shipped = ship(order, "parcel-api");
        assertThat(shipped.getResponse().getStatus()).isEqualTo(303);
        assertThat(shipped.getResponse().getRedirectedUrl()).startsWith("/staff/shipping/shipments/");
        assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);

        assertThat(carrierApi.received).hasSize(1);
        var sent = carrierApi.received.getFirst().text();
        assertThat(sent)
                .as("the carrier gets the label and the parcel")
                .contains(number, "Ann " + suffix, "Hauptstraße 1", "Hinterhaus", "10115", "Berlin", "DE", "1200");
        assertThat(sent)
                .as("and nothing else: no email, no billing address, no phone it does not need")
                .doesNotContain(email, "@", BILLING_MARK, "Billing", "80331", "+49");
        var trackingNumber = carrierApi.trackingNumbers.getFirst();

        var disclosure = ArgumentCaptor.forClass(Disclosure.class);
        verify(disclosures).record(argThat(d -> d.recipientKind() == Disclosure.RecipientKind.CARRIER));
        verify(disclosures, atLeastOnce()).record(disclosure.capture());
        assertThat(carrierDisclosure(disclosure))
                .isEqualTo(new Disclosure(
                        "Parcel API",
                        Disclosure.RecipientKind.CARRIER,
                        "deliver order " + number,
                        LegalBasis.CONTRACT,
                        List.of("contact.name", "contact.address"),
                        null,
                        email,
                        order.value(),
                        clock.instant(),
                        trackingNumber));

        var onItsWay = awaitMail("Your order " + number + " is on its way");
        assertThat(GreenMailUtil.getBody(onItsWay)).contains(trackingNumber);

        var dispatchedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        clock.advance(Duration.ofDays(1));
        var forged = report(trackingNumber, "forged-" + suffix, "DELIVERED", dispatchedAt.plusSeconds(60));
        assertThat(webhook(
                                "parcel-api",
                                forged,
                                TrackingSignature.sign("not-the-carriers-secret-0000", forged.getBytes()))
                        .statusCode())
                .isEqualTo(401);
        assertThat(webhook("parcel-api", forged, null).statusCode()).isEqualTo(401);
        assertThat(status(order)).as("a forged report changes nothing").isEqualTo(OrderStatus.SHIPPED);
        assertThat(tracking.forOrder(order).orElseThrow().status()).isEqualTo(ShipmentStatus.DISPATCHED);

        assertThat(signed(trackingNumber, "e1-" + suffix, "IN_TRANSIT", dispatchedAt.plus(Duration.ofHours(2)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(tracking.forOrder(order).orElseThrow().status()).isEqualTo(ShipmentStatus.IN_TRANSIT);

        var deliveredAt = dispatchedAt.plus(Duration.ofHours(20));
        assertThat(signed(trackingNumber, "e2-" + suffix, "DELIVERED", deliveredAt)
                        .statusCode())
                .isEqualTo(200);
        assertThat(status(order)).isEqualTo(OrderStatus.DELIVERED);
        var delivered = awaitMail("Your order " + number + " was delivered");
        assertThat(GreenMailUtil.getBody(delivered)).contains(trackingNumber);

        var replay = signed(trackingNumber, "e2-" + suffix, "DELIVERED", deliveredAt.plusSeconds(5));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("duplicate");
        var late = signed(trackingNumber, "e3-" + suffix, "IN_TRANSIT", dispatchedAt.plus(Duration.ofHours(5)));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("unchanged");
        var view = tracking.forOrder(order).orElseThrow();
        assertThat(view.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(view.deliveredAt()).isEqualTo(deliveredAt);
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .filter(message -> to(message, email))
                        .map(ShippingJourneyTests::subject))
                .as("one delivery email, however often the carrier reports it")
                .containsOnlyOnce("Your order " + number + " was delivered");

        assertThat(signed("NO-SUCH-" + suffix, "e4-" + suffix, "DELIVERED", deliveredAt)
                        .statusCode())
                .isEqualTo(404);
        assertThat(webhook("no-such-carrier", "{}", "x").statusCode()).isEqualTo(404);
        assertThat(webhook("parcel-api", "not json", TrackingSignature.sign(SECRET, "not json".getBytes()))
                        .statusCode())
                .isEqualTo(400);

        assertThat(applicationContext
                        .getBean("shippingAfterSalesClosing", com.github.kagkarlsson.scheduler.task.Task.class)
                        .getName())
                .as("the job is registered with the scheduler")
                .isEqualTo("shipping-after-sales-closing");
        clock.advance(Duration.ofDays(28));
        closing.closeDue();
        assertThat(status(order)).as("within the after-sales window").isEqualTo(OrderStatus.DELIVERED);

        clock.advance(Duration.ofDays(2));
        assertThat(closing.closeDue()).isGreaterThanOrEqualTo(1);
        assertThat(status(order)).isEqualTo(OrderStatus.CLOSED);
        assertThat(history(order)).endsWith("SHIPPED by carrier", "DELIVERED by carrier", "CLOSED by system");
        assertThat(tracking.forOrder(order))
                .as("nothing about the parcel is kept once the order is closed")
                .isEmpty();
        assertThat(signed(trackingNumber, "e5-" + suffix, "DELIVERED", deliveredAt)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCarrierThatRequiresThePhoneGetsItAndTheRegisterSaysSo() throws Exception {
        var order = paidOrderInProduction();

        assertThat(ship(order, "express").getResponse().getStatus()).isEqualTo(303);

        assertThat(carrierApi.received.getFirst().text()).contains("\"phone\":\"+49 30 ");
        var disclosure = ArgumentCaptor.forClass(Disclosure.class);
        verify(disclosures, atLeastOnce()).record(disclosure.capture());
        assertThat(carrierDisclosure(disclosure).recipient()).isEqualTo("Express");
        assertThat(carrierDisclosure(disclosure).categories())
                .containsExactly("contact.name", "contact.address", "contact.phone");
    }

    @Test
    void staffPrintTheLabelOfAManualCarrierAndDownloadItsData() throws Exception {
        var order = paidOrderInProduction();
        var number = number(order);

        var shipped = ship(order, "manual");
        assertThat(shipped.getResponse().getStatus()).isEqualTo(303);
        assertThat(carrierApi.received)
                .as("a manual carrier gets nothing over the network")
                .isEmpty();
        var page = shipped.getResponse().getRedirectedUrl();

        var shipment = asStaff(get(page).with(user("staff-" + suffix).roles("STAFF")));
        assertThat(shipment.getResponse().getContentAsString()).contains("/label.csv", "MANUAL-");

        var sheet = asStaff(get(page + "/label").with(user("staff-" + suffix).roles("STAFF")));
        assertThat(sheet.getResponse().getStatus()).isEqualTo(200);
        assertThat(sheet.getResponse().getContentAsString())
                .contains("Ann " + suffix, "Hauptstraße 1", "10115", number)
                .doesNotContain(email, BILLING_MARK);

        var csv = asStaff(get(page + "/label.csv").with(user("staff-" + suffix).roles("STAFF")));
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        var rows = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows[1])
                .startsWith(
                        number + ",Ann " + suffix + ",Hauptstraße 1,Hinterhaus,10115,Berlin,DE,,1200,40,30,15,MANUAL-");
        verify(auditLog, atLeastOnce())
                .record(
                        eq("staff-" + suffix),
                        eq("STAFF"),
                        isNull(),
                        eq("print-shipping-label"),
                        eq("order:" + order.value()),
                        isNull(),
                        eq(order.value()));

        var body = report(tracking.forOrder(order).orElseThrow().trackingNumber(), "m1", "DELIVERED", clock.instant());
        assertThat(webhook("manual", body, TrackingSignature.sign(SECRET, body.getBytes()))
                        .statusCode())
                .as("a carrier without a webhook secret cannot report")
                .isEqualTo(401);
    }

    @Test
    void anOrderIsShippedOnlyOnceTheWorkshopsFinishedEveryItem() throws Exception {
        var order = paidOrderAwaitingItsWorkshop();

        assertThat(shipping.readyToShip()).extracting(OrderSummary::id).doesNotContain(order);
        var early = ship(order, "parcel-api");

        assertThat(early.getResponse().getStatus()).isEqualTo(409);
        assertThat(early.getResponse().getContentAsString()).contains("the workshops have not finished every item");
        assertThat(carrierApi.received).isEmpty();
        assertThat(status(order)).isEqualTo(OrderStatus.IN_PRODUCTION);

        makeInAWorkshop(order);
        assertThat(ship(order, "parcel-api").getResponse().getStatus()).isEqualTo(303);
        assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void badInputIsRefusedAndStoresNothing() throws Exception {
        var order = paidOrderInProduction();

        var missing = asStaff(post("/staff/shipping/orders/{id}", order.value())
                .with(user("staff-" + suffix).roles("STAFF"))
                .with(csrf())
                .param("carrier", "parcel-api")
                .param("weightGrams", "")
                .param("lengthCm", "40")
                .param("widthCm", "0")
                .param("heightCm", "15"));
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(missing.getResponse().getContentAsString())
                .contains("Enter the weight.", "At least 1 cm.", "aria-describedby=\"weightGrams-error\"");

        var unknownCarrier = ship(order, "pigeon");
        assertThat(unknownCarrier.getResponse().getStatus()).isEqualTo(400);
        assertThat(unknownCarrier.getResponse().getContentAsString()).contains("Choose one of the carriers.");
        assertThat(carrierApi.received).isEmpty();
        assertThat(status(order)).isEqualTo(OrderStatus.IN_PRODUCTION);

        carrierApi.answer(503);
        try {
            var refused = ship(order, "parcel-api");
            assertThat(refused.getResponse().getStatus()).isEqualTo(502);
            assertThat(refused.getResponse().getContentAsString()).contains("The carrier did not take the label.");
        } finally {
            carrierApi.answer(201);
        }
        assertThat(status(order)).as("a refused label changes nothing").isEqualTo(OrderStatus.IN_PRODUCTION);
        verify(disclosures, org.mockito.Mockito.never())
                .record(argThat(d -> d.recipientKind() == Disclosure.RecipientKind.CARRIER));

        assertThat(ship(order, "manual").getResponse().getStatus()).isEqualTo(303);
        assertThat(ship(order, "manual").getResponse().getStatus())
                .as("shipped already")
                .isEqualTo(409);
        verify(disclosures).record(argThat(d -> d.recipientKind() == Disclosure.RecipientKind.CARRIER));

        assertThat(asStaff(get("/staff/shipping")).getResponse().getStatus())
                .as("staff only")
                .isIn(302, 401, 403);
        assertThat(asStaff(get("/staff/shipping").with(user("cust-" + suffix).roles("CUSTOMER")))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Autowired
    ShippingPersonalData personalData;

    @Test
    void aPersonsTrackingNumbersAreExportedAndErasedOnceTheParcelArrived() throws Exception {
        var order = paidOrderInProduction();
        ship(order, "parcel-api");
        var trackingNumber = carrierApi.trackingNumbers.getLast();
        var subject = shop.atelier.privacy.spi.DataSubject.guest(email.toUpperCase(java.util.Locale.ROOT));

        var records = new java.util.ArrayList<Map<String, Object>>();
        personalData.export(subject, new shop.atelier.privacy.spi.ExportSink() {
            @Override
            public void record(String holder, String kind, Map<String, ?> fields) {
                assertThat(holder).isEqualTo("shipping");
                records.add(Map.copyOf(fields));
            }

            @Override
            public void file(String holder, String name, String contentType, java.io.InputStream content) {
                throw new AssertionError("shipping holds no files");
            }
        });
        assertThat(records)
                .singleElement()
                .satisfies(fields -> assertThat(fields)
                        .containsEntry("order", number(order))
                        .containsEntry("carrier", "Parcel API")
                        .containsEntry("trackingNumber", trackingNumber));
        assertThat(personalData.inventory().categories())
                .flatExtracting(shop.atelier.privacy.spi.DataCategory::columns)
                .containsExactly("shipping_shipments.tracking_number");

        var whileUnderway = personalData.erase(subject, shop.atelier.privacy.spi.ErasureMode.KEEP_LEGAL_MINIMUM);
        assertThat(whileUnderway.kept())
                .singleElement()
                .satisfies(kept -> assertThat(kept.category()).isEqualTo("delivery.tracking"));
        assertThat(tracking.forOrder(order)).isPresent();

        clock.advance(Duration.ofHours(2));
        signed(trackingNumber, "pd-" + suffix, "DELIVERED", clock.instant().minusSeconds(60));
        var afterDelivery = personalData.erase(subject, shop.atelier.privacy.spi.ErasureMode.KEEP_LEGAL_MINIMUM);
        assertThat(afterDelivery.erased()).containsExactly("delivery.tracking");
        assertThat(afterDelivery.kept()).isEmpty();
        assertThat(tracking.forOrder(order)).isEmpty();
    }

    @Test
    void aProblemReportedByTheCarrierIsMailedToTheCustomerAndShownToStaffFirst() throws Exception {
        var order = paidOrderInProduction();
        var number = number(order);
        var page = ship(order, "parcel-api").getResponse().getRedirectedUrl();
        var trackingNumber = carrierApi.trackingNumbers.getLast();

        clock.advance(Duration.ofHours(3));
        var problem = signed(
                trackingNumber, "x1-" + suffix, "EXCEPTION", clock.instant().minusSeconds(600));
        assertThat(problem.statusCode()).isEqualTo(200);

        var mail = awaitMail("Your order " + number + " is held up");
        assertThat(GreenMailUtil.getBody(mail)).contains(trackingNumber);
        assertThat(status(order)).as("the order waits for the parcel").isEqualTo(OrderStatus.SHIPPED);
        var shipment = asStaff(get(page).with(user("staff-" + suffix).roles("STAFF")));
        assertThat(shipment.getResponse().getContentAsString())
                .contains("id=\"shipment-exception\"", "The carrier reported a problem");
        var overview =
                asStaff(get("/staff/shipping").with(user("staff-" + suffix).roles("STAFF")));
        assertThat(overview.getResponse().getContentAsString())
                .as("problems are listed first")
                .contains("table-warning");
    }

    /** The one disclosure to a carrier among those recorded (the payment and the workshop record theirs too). */
    private static Disclosure carrierDisclosure(ArgumentCaptor<Disclosure> recorded) {
        var toCarriers = recorded.getAllValues().stream()
                .filter(d -> d.recipientKind() == Disclosure.RecipientKind.CARRIER)
                .toList();
        assertThat(toCarriers).hasSize(1);
        return toCarriers.getFirst();
    }
}
