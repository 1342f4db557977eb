package shop.atelier.privacy.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import shop.atelier.privacy.CookieCategory;
import shop.atelier.privacy.internal.cookies.ConsentCookie;
import shop.atelier.privacy.internal.cookies.ConsentMethod;
import shop.atelier.privacy.internal.cookies.ConsentRegister;
import shop.atelier.privacy.internal.cookies.CookieList;

/**
 * The cookie banner's three equal answers and the settings page behind "Choose" (promises K1, K2),
 * all plain forms. A choice is stored as proof and remembered by the consent cookie's random id;
 * under Global Privacy Control analytics and personalization stay off even after "Accept all", and
 * the settings page says so.
 */
@Controller
class CookieConsentController {

    private final ConsentRegister register;
    private final CookieList cookies;

    CookieConsentController(ConsentRegister register, CookieList cookies) {
        this.register = register;
        this.cookies = cookies;
    }

    @GetMapping("/cookies")
    String settings(@RequestParam(required = false) @Nullable String saved, Model model) {
        model.addAttribute("cookieSettingsPage", true);
        model.addAttribute("saved", saved != null);
        model.addAttribute("cookieList", cookies);
        model.addAttribute(
                "optionalCategories",
                Arrays.stream(CookieCategory.values())
                        .filter(CookieCategory::optional)
                        .toList());
        return "privacy/cookies/settings";
    }

    @PostMapping("/cookies/consent")
    String consent(
            @RequestParam String choice,
            @RequestParam(name = "category", required = false) @Nullable List<String> categories,
            HttpServletRequest request,
            HttpServletResponse response) {
        var chosen = categories(categories);
        var gpc = ConsentCookie.gpc(request);
        ConsentMethod method;
        Set<CookieCategory> allowed;
        switch (choice) {
            case "accept-all" -> {
                method = ConsentMethod.BANNER_ACCEPT_ALL;
                allowed = EnumSet.allOf(CookieCategory.class);
            }
            case "reject-all" -> {
                method = ConsentMethod.BANNER_REJECT_ALL;
                allowed = Set.of();
            }
            case "save" -> {
                method = ConsentMethod.SETTINGS;
                allowed = chosen;
            }
            case "choose" -> {
                return "redirect:/cookies";
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown choice");
        }
        var id = ConsentCookie.read(request).orElseGet(UUID::randomUUID);
        register.record(id, allowed, method, gpc);
        ConsentCookie.write(request, response, id);
        if (method == ConsentMethod.SETTINGS || (gpc && method == ConsentMethod.BANNER_ACCEPT_ALL)) {
            return "redirect:/cookies?saved";
        }
        return "redirect:" + back(request);
    }

    private static Set<CookieCategory> categories(@Nullable List<String> keys) {
        var result = EnumSet.noneOf(CookieCategory.class);
        if (keys == null) {
            return result;
        }
        for (var key : keys) {
            var category = CookieCategory.byKey(key)
                    .filter(CookieCategory::optional)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown cookie category"));
            result.add(category);
        }
        return result;
    }

    /**
     * Back to the page the banner was on, known from the Referer (the shop's referrer policy is
     * same-origin); without one, or from elsewhere, the home page. The form carries no return path:
     * the banner stays the same on every page, so a cached page holds no visitor's path.
     */
    static String back(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            var uri = URI.create(referer);
            var port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || port != request.getServerPort()) {
                return "/";
            }
            var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            var contextPath = request.getContextPath();
            if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
                path = path.substring(contextPath.length());
            }
            return local(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException unreadable) {
            return "/";
        }
    }

    /** Only a path of this shop: never another site, however it is dressed up. */
    static String local(@Nullable String returnTo) {
        if (returnTo == null
                || !returnTo.startsWith("/")
                || returnTo.startsWith("//")
                || returnTo.contains("\\")
                || returnTo.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return returnTo;
    }
}
