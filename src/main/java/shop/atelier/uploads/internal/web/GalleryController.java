package shop.atelier.uploads.internal.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.Roles;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;
import shop.atelier.uploads.internal.Gallery;

/**
 * The staff gallery (promise M1): only materials whose customer allowed marketing use, read afresh
 * on every request, so a revocation removes one at once. Each picture is a signed link bound to the
 * staff member viewing the page, so every view is in the access log; nothing about the customer is
 * shown.
 */
@Controller
class GalleryController {

    static final int PAGE_SIZE = 24;
    static final String PURPOSE = "gallery";

    private final Gallery gallery;
    private final Uploads uploads;

    GalleryController(Gallery gallery, Uploads uploads) {
        this.gallery = gallery;
        this.uploads = uploads;
    }

    /** One card: links made for this viewer, and the date the customer consented on. */
    record Card(MaterialKind kind, @Nullable String thumbnail, String content, String consentedOn) {}

    @GetMapping("/staff/gallery")
    String gallery(
            @RequestParam(defaultValue = "0") int page, Authentication authentication, Locale locale, Model model) {
        if (page < 0 || page > 100_000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such page");
        }
        var viewer = new Viewer(Roles.STAFF, authentication.getName(), authentication.getName(), PURPOSE);
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(ZoneOffset.UTC);
        var result = gallery.page(page, PAGE_SIZE);
        var cards = result.items().stream()
                .map(item -> card(item, viewer, dates.format(item.consentedAt())))
                .filter(card -> card != null)
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute("gallery", result);
        return "uploads/gallery";
    }

    /** A material deleted since the query is left out. */
    private @Nullable Card card(Gallery.Item item, Viewer viewer, String consentedOn) {
        try {
            return new Card(
                    item.kind(),
                    item.hasThumbnail() ? uploads.link(item.id(), Rendition.THUMBNAIL, viewer) : null,
                    uploads.link(item.id(), Rendition.CONTENT, viewer),
                    consentedOn);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
