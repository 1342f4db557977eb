package shop.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.catalog.internal.CatalogManagement;
import shop.atelier.catalog.internal.CatalogTestData;
import shop.atelier.orders.OrderStatus;

/**
 * Promise C2: no card number ever reaches the database or the logs. After real journeys (a guest
 * pays; a registered customer is declined, then pays), every value of every text, JSON and binary
 * column of every table, read from the live schema, and everything the application logged are
 * scanned for card-number-like digit runs.
 */
@JourneyTest
@ExtendWith(OutputCaptureExtension.class)
class NoCardNumbersTests {

    static final String TEST_PAN = "4111 1111 1111 1111";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    CatalogManagement catalog;

    @Autowired
    MessageSource messages;

    @Test
    void afterJourneysNoCardNumberIsInTheDatabaseOrTheLogs(CapturedOutput output) {
        var products = new CatalogTestData(catalog);
        var frame = products.listedFrame();

        var guest = new Shopper(new HtmlVisitor(URI.create(ShopAtFreePort.ORIGIN)), messages);
        var cart = guest.addToCart(
                guest.openProduct(frame.name()), "Large " + products.suffix, Map.of("Engraving", "For Ann 1984"));
        var guestPayment = guest.checkOutAsGuest(cart, Shopper.Person.unique("Ann"));
        guest.awaitStatus(guest.press(guestPayment, "pay").uri(), OrderStatus.PROOFING);

        var customer = new Shopper(new HtmlVisitor(URI.create(ShopAtFreePort.ORIGIN)), messages);
        var person = Shopper.Person.unique("Ben");
        customer.register(person, "journey-" + UUID.randomUUID());
        customer.saveAddress(person);
        cart = customer.addToCart(
                customer.openProduct(frame.name()), "Small " + products.suffix, Map.of("Engraving", "Ben, 2026-11-27"));
        var declined = customer.placeOrder(customer.goToCheckout(cart), Map.of());
        var failed = customer.awaitStatus(customer.press(declined, "decline").uri(), OrderStatus.PAYMENT_FAILED);
        var retry = customer.visitor.submit(failed.form("/pay-again"));
        var paid = new Shopper.Payment(
                retry, declined.orderNumber(), retry.one("#amount").text());
        customer.awaitStatus(customer.press(paid, "pay").uri(), OrderStatus.PROOFING);

        var scan = CardNumbers.inDatabase(jdbc);

        assertThat(scan.columns())
                .as("columns scanned")
                .contains(
                        "orders.contact_email",
                        "order_line_personalization.value",
                        "payment_events.provider_event_id",
                        "sandbox_checkouts.reference",
                        "outbox_messages.html_body",
                        "event_publication.serialized_event",
                        "spring_session_attributes.attribute_bytes",
                        "catalog_image_file.bytes");
        assertThat(scan.values()).isGreaterThan(100);
        assertThat(scan.findings())
                .as("card-number-like values in the database")
                .isEmpty();

        assertThat(output.getAll())
                .as("the application's log of the journeys was captured")
                .contains(guestPayment.orderNumber(), declined.orderNumber());
        assertThat(CardNumbers.in(output.getAll()))
                .as("card-number-like values in the log")
                .isEmpty();
    }

    @Test
    void theDatabaseScanFindsACardNumberInEveryKindOfColumn() {
        var table = "card_scan_probe_" + UUID.randomUUID().toString().replace("-", "");
        var transaction = new TransactionTemplate(transactions);
        var findings = transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("create table " + table + " (note text, label varchar(40), code char(24), doc json,"
                            + " data jsonb, raw bytea, tags text[])")
                    .update();
            jdbc.sql("insert into " + table + " values (:text, :text, :text, :json::json, :json::jsonb,"
                            + " convert_to(:text, 'UTF8'), array['x', :text])")
                    .param("text", "card " + TEST_PAN)
                    .param("json", "{\"note\": \"" + TEST_PAN + "\"}")
                    .update();
            return CardNumbers.inDatabase(jdbc).findings();
        });

        assertThat(findings)
                .filteredOn(finding -> finding.startsWith(table + "."))
                .containsExactlyInAnyOrder(
                        table + ".note: " + TEST_PAN,
                        table + ".label: " + TEST_PAN,
                        table + ".code: " + TEST_PAN,
                        table + ".doc: " + TEST_PAN,
                        table + ".data: " + TEST_PAN,
                        table + ".raw: " + TEST_PAN,
                        table + ".tags: " + TEST_PAN);
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = ?")
                        .param(table)
                        .query(Long.class)
                        .single())
                .as("the probe table was rolled back")
                .isZero();
    }
}
