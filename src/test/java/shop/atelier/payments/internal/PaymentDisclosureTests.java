package shop.atelier.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.payments.PaymentRequest;
import shop.atelier.payments.Payments;
import shop.atelier.platform.Money;

/** Promise S2: a hosted checkout hands the payment provider the customer's name, email and the amount; it is in the register. */
@SpringBootTest
class PaymentDisclosureTests {

    @Autowired
    Payments payments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startingACheckoutRecordsADisclosureToTheProvider() {
        var order = UUID.randomUUID();
        var number = "T-" + order.toString().substring(0, 8);

        var customer = UUID.randomUUID();
        var email = "payer-" + customer + "@example.com";
        var session = payments.startCheckout(new PaymentRequest(
                order, number, Money.of(2490, "EUR"), URI.create("http://localhost/orders/" + order), customer, email));

        var row = jdbc.sql("""
                        select recipient, recipient_kind, purpose, legal_basis, array_to_string(categories, ',') as categories,
                            reference, customer_id, email from privacy_disclosures where order_id = :order""").param("order", order).query().singleRow();
        assertThat(row)
                .containsEntry("recipient", "Sandbox payment provider")
                .containsEntry("recipient_kind", "PAYMENT_PROVIDER")
                .containsEntry("purpose", "take payment for order " + number)
                .containsEntry("legal_basis", "CONTRACT")
                .containsEntry("categories", "contact.email,order.amount")
                .containsEntry("reference", session.reference())
                .containsEntry("customer_id", customer)
                .containsEntry("email", email);
    }
}
