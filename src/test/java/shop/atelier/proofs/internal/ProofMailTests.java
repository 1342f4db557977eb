package shop.atelier.proofs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import shop.atelier.orders.OrderContact;
import shop.atelier.orders.OrderId;
import shop.atelier.platform.ShopProperties;
import shop.atelier.uploads.MaterialId;

@ProofsModuleTest
class ProofMailTests {

    @Autowired
    ProofMail mail;

    @Autowired
    TemplateEngine templates;

    @Autowired
    ShopProperties shop;

    @Test
    void theEmailLinksToTheProofPageAndCarriesTheNote() {
        var request = ProofRequest.open(
                OrderId.random(), "A-2611-7K3Q", null, UUID.randomUUID(), 0, "Photo mug", "Large", Instant.now());
        var round = request.publish(
                MaterialId.random(), "image/png", "Please check <the> spelling.", "staff", Instant.now());

        var email = mail.published(
                new OrderContact("ann@example.com", URI.create("https://shop.example/orders/track/abc?x=1")),
                request,
                round);

        assertThat(email.model()).containsEntry("proofsUrl", "https://shop.example/orders/track/abc/proofs?x=1");
        var context = new Context(Locale.ENGLISH);
        context.setVariables(email.model());
        context.setVariable("shop", shop);
        var body = templates.process(email.template(), context);
        assertThat(body)
                .contains("href=\"https://shop.example/orders/track/abc/proofs?x=1\"")
                .contains("Photo mug (Large) in order A-2611-7K3Q (round 1)")
                .contains("Please check &lt;the&gt; spelling.")
                .contains("See your design preview");
    }
}
