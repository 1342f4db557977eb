package shop.atelier.notifications.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.platform.ShopProperties;

/** The staff outbox viewer: who may see it, what it shows, and how it shows a message's HTML. */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ShopProperties shop;

    final String recipient = "viewer-" + UUID.randomUUID() + "@example.com";

    UUID enqueue() {
        return notifications.enqueue(Email.transactional(
                recipient,
                "mail.test-message.subject",
                "mail/test/order-note",
                Map.of(
                        "name", "Grace",
                        "orderNumber", "B-7",
                        "items", List.of("Poster"),
                        "trackingUrl", "https://track.example/7"),
                "Viewer Shop"));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        var id = enqueue();

        mvc.perform(get("/staff/outbox"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/staff/outbox/{id}/html", id))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    @WithMockUser(roles = "CUSTOMER")
    void customersMayNotSeeTheOutbox() throws Exception {
        mvc.perform(get("/staff/outbox")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffSeeTheMessageInTheListAndFindItByRecipientAndStatus() throws Exception {
        var id = enqueue();

        mvc.perform(get("/staff/outbox").param("recipient", recipient.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(recipient)))
                .andExpect(content().string(containsString("Test message from Viewer Shop")))
                .andExpect(content().string(containsString("/staff/outbox/" + id)))
                .andExpect(content().string(containsString("Held in the outbox")))
                .andExpect(content().string(containsString("No mail server is configured")));
        mvc.perform(get("/staff/outbox").param("recipient", recipient).param("status", "SENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/staff/outbox/" + id))))
                .andExpect(content().string(containsString("No messages match.")));
        mvc.perform(get("/staff/outbox").param("recipient", recipient).param("status", "HELD"))
                .andExpect(content().string(containsString("/staff/outbox/" + id)));
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void badFiltersAreRefused() throws Exception {
        mvc.perform(get("/staff/outbox").param("status", "DELETED")).andExpect(status().isBadRequest());
        mvc.perform(get("/staff/outbox").param("recipient", "x".repeat(300))).andExpect(status().isBadRequest());
        mvc.perform(get("/staff/outbox/not-a-uuid")).andExpect(status().isBadRequest());
        mvc.perform(get("/staff/outbox/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void messagePageShowsTheTextBodyAndLinksTheHtmlInANewTab() throws Exception {
        var id = enqueue();

        mvc.perform(get("/staff/outbox/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(recipient)))
                .andExpect(content().string(containsString("<pre")))
                .andExpect(content().string(containsString("Track your parcel (https://track.example/7)")))
                .andExpect(content().string(containsString("Privacy questions: " + shop.privacyContact())))
                .andExpect(content().string(containsString("href=\"/staff/outbox/" + id + "/html\" target=\"_blank\"")))
                .andExpect(content().string(not(containsString("<iframe"))));
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void htmlBodyIsServedUnderAPolicyThatRunsNothing() throws Exception {
        var id = enqueue();

        mvc.perform(get("/staff/outbox/{id}/html", id))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                startsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:")))
                .andExpect(header().string("Content-Disposition", "inline"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("<strong>B-7</strong>")))
                .andExpect(content().string(containsString("mailto:" + shop.privacyContact())));
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void failedMessageCanBeRetriedAndOthersCannot() throws Exception {
        var id = enqueue();
        mvc.perform(post("/staff/outbox/{id}/retry", id).with(csrf())).andExpect(status().isConflict());

        jdbc.sql("update outbox_messages set status = 'FAILED', attempts = 8, last_error = 'Connection refused' "
                        + "where id = :id")
                .param("id", id)
                .update();
        mvc.perform(get("/staff/outbox/{id}", id))
                .andExpect(content().string(containsString("Connection refused")))
                .andExpect(content().string(containsString("/staff/outbox/" + id + "/retry")));

        mvc.perform(post("/staff/outbox/{id}/retry", id).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/staff/outbox/" + id));
        // Without a mail server the retried message is held in the outbox.
        assertThat(jdbc.sql("select status from outbox_messages where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("HELD");
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffCanWriteATestMessage() throws Exception {
        var to = "test-" + UUID.randomUUID() + "@example.com";

        mvc.perform(post("/staff/outbox/test-message").param("to", to).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/staff/outbox/*"));
        assertThat(jdbc.sql("select subject from outbox_messages where recipient = :to")
                        .param("to", to)
                        .query(String.class)
                        .list())
                .containsExactly("Test message from " + shop.name());

        mvc.perform(post("/staff/outbox/test-message")
                        .param("to", "not an address")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("Enter a valid email address.")));
    }
}
