package shop.atelier.catalog.internal;

import shop.atelier.platform.BusinessRuleException;

/** Two products cannot share an address. */
public class SlugTakenException extends BusinessRuleException {

    public SlugTakenException(String slug) {
        super("Another product already uses the address /products/" + slug);
    }
}
