package shop.atelier.rights.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import shop.atelier.customers.TestPeople;
import shop.atelier.platform.WebhookSignature;
import shop.atelier.rights.internal.EmailHash;
import shop.atelier.rights.internal.RightsTest;

/** Shopify's compliance webhooks drive the same requests: signed, well-formed, handled once. */
@RightsTest
class ShopifyWebhookTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ResultActions deliver(String topic, String body, String signature) throws Exception {
        return mvc.perform(post("/webhooks/shopify/" + topic)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Shopify-Hmac-Sha256", signature)
                .content(body));
    }

    ResultActions deliver(String topic, String body) throws Exception {
        return deliver(topic, body, sign(body));
    }

    static String sign(String body) {
        return WebhookSignature.sign(
                RightsTest.SECRET.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
    }

    static String dataRequest(String email) {
        return """
                {"shop_id": 954889, "shop_domain": "atelier-test.myshopify.com",
                 "orders_requested": [299938, 280263],
                 "customer": {"id": %d, "email": "%s", "phone": "555-625-1199"},
                 "data_request": {"id": %d}}""".formatted(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000), email, 9999);
    }

    static String redact(String email) {
        return """
                {"shop_id": 954889, "shop_domain": "atelier-test.myshopify.com",
                 "customer": {"id": 191167, "email": "%s", "phone": "555-625-1199"},
                 "orders_to_redact": [299938]}""".formatted(email);
    }

    java.util.List<String> requestStates(String email) {
        return jdbc.sql("SELECT type || ':' || state || ':' || channel FROM rights_requests WHERE email_hash = ?")
                .param(EmailHash.of(email))
                .query(String.class)
                .list();
    }

    long mails(String email) {
        return jdbc.sql("SELECT count(*) FROM outbox_messages WHERE lower(recipient) = lower(?)")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void aSignedDataRequestIsAnAccessRequestAnsweredByMailOnceEvenWhenReplayed() throws Exception {
        var email = TestPeople.email("shopify");
        var body = dataRequest(email);

        deliver("customers/data_request", body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replay").value(false));
        deliver("customers/data_request", body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replay").value(true));

        assertThat(requestStates(email)).containsExactly("ACCESS:COMPLETED:SHOPIFY");
        assertThat(mails(email)).isEqualTo(1);
    }

    @Test
    void aSignedCustomerRedactErasesAndAShopRedactIsLoggedForStaff() throws Exception {
        var email = TestPeople.email("redact");
        deliver("customers/redact", redact(email)).andExpect(status().isOk());
        assertThat(requestStates(email)).containsExactly("ERASURE:COMPLETED:SHOPIFY");

        var shop = "{\"shop_id\": 954889, \"shop_domain\": \"gone-" + UUID.randomUUID() + ".myshopify.com\"}";
        deliver("shop/redact", shop).andExpect(status().isOk());
        deliver("shop/redact", shop).andExpect(jsonPath("$.replay").value(true));
        var domain = shop.replaceAll(".*\"(gone-[^\"]+)\".*", "$1");
        mvc.perform(get("/staff/privacy/requests")
                        .with(user("officer@atelier.example").roles("PRIVACY_OFFICER")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(domain)));
    }

    @Test
    void aBadOrMissingSignatureIs401AndDoesNothing() throws Exception {
        var email = TestPeople.email("forged");
        var body = dataRequest(email);
        deliver("customers/data_request", body, sign(body + " ")).andExpect(status().isUnauthorized());
        deliver("customers/redact", redact(email), "not base64 at all").andExpect(status().isUnauthorized());
        mvc.perform(post("/webhooks/shopify/shop/redact")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        assertThat(requestStates(email)).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotTheExpectedJsonIs400() throws Exception {
        var email = TestPeople.email("badjson");
        deliver("customers/data_request", "{not json").andExpect(status().isBadRequest());
        deliver("customers/data_request", "[1, 2]").andExpect(status().isBadRequest());
        deliver("customers/data_request", "{\"shop_domain\": \"x.myshopify.com\", \"customer\": {}}")
                .andExpect(status().isBadRequest());
        deliver("customers/redact", "{\"shop_domain\": \"x.myshopify.com\", \"customer\": {\"email\": \"nope\"}}")
                .andExpect(status().isBadRequest());
        deliver("customers/redact", "{\"customer\": {\"email\": \"" + email + "\"}}")
                .andExpect(status().isBadRequest());
        deliver("shop/redact", "").andExpect(status().isBadRequest());
        assertThat(requestStates(email)).isEmpty();
    }
}
