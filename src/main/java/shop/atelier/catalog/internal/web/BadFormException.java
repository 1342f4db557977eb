package shop.atelier.catalog.internal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A form post that no page of ours produces (a choice or checkbox with a value the form never
 * offers): Spring could not even build the form object, so there is nothing to show again.
 */
class BadFormException extends ResponseStatusException {

    BadFormException() {
        super(HttpStatus.BAD_REQUEST, "The form could not be read");
    }

    static <T> T require(@Nullable T form) {
        if (form == null) {
            throw new BadFormException();
        }
        return form;
    }
}
