package shop.atelier.proofs.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** 303 See Other after a POST, so a reload never repeats it. */
final class Redirects {

    private Redirects() {}

    static ModelAndView seeOther(String url) {
        var view = new RedirectView(url, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
