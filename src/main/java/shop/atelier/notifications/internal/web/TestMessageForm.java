package shop.atelier.notifications.internal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where staff want a test message sent. */
record TestMessageForm(@NotBlank @Email @Size(max = 254) String to) {

    static TestMessageForm empty() {
        return new TestMessageForm("");
    }
}
