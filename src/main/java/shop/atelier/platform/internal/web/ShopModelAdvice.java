package shop.atelier.platform.internal.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import shop.atelier.platform.ShopProperties;

/** Puts the shop's identity (name, privacy contact) on every page, and guards form binding. */
@ControllerAdvice
class ShopModelAdvice {

    private final ShopProperties shop;

    ShopModelAdvice(ShopProperties shop) {
        this.shop = shop;
    }

    @ModelAttribute("shop")
    ShopProperties shop() {
        return shop;
    }

    /** Ids never come from a form: the server assigns them. */
    @InitBinder
    void disallowServerOwnedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id", "*.id");
    }
}
