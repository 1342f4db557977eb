package shop.atelier.uploads.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.internal.SignedLinks;

/**
 * Serves materials through signed links ({@code /files/{token}}, promise M3). The content streams
 * from the store through decryption to the client, never whole in memory, under headers that keep a
 * browser from running or sniffing it, caching it or telling other sites about it. A refused link
 * gets a short page (or problem details for JSON clients); either way the attempt is in the access
 * log.
 */
@Controller
class MaterialFilesController {

    /** Runs nothing: no script, no style, no plugin, no same-origin privileges. */
    static final String SANDBOXED = "default-src 'none'; sandbox";

    /**
     * For a PDF shown inline: no sandbox, and the PDF itself allowed as the document's object, since
     * browsers' PDF viewers that run inside the document (Chromium before its out-of-process viewer)
     * refuse to run sandboxed. Still no script, style or connection of the document's own. Chromium
     * 156 shows the PDF under this policy (see {@code PdfProofBrowserTests}).
     */
    static final String PDF_INLINE = "default-src 'none'; object-src 'self'";

    private final SignedLinks links;
    private final MessageSource messages;

    MaterialFilesController(SignedLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    /** Writes the content itself and returns nothing, or the refusal page. */
    @GetMapping("/files/{token}")
    @Nullable
    ModelAndView file(@PathVariable String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SignedLinks.Served served;
        try {
            served = links.open(token, principal());
        } catch (SignedLinks.Refused refused) {
            return refusal(refused, request, response);
        }
        try (var content = served.content()) {
            var inline = served.rendition() != Rendition.DOWNLOAD;
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(served.contentType());
            response.setContentLengthLong(served.length());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(inline, filename(served)));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(
                    "Content-Security-Policy",
                    inline && served.contentType().equals("application/pdf") ? PDF_INLINE : SANDBOXED);
            response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
            response.setHeader("Referrer-Policy", "no-referrer");
            content.transferTo(response.getOutputStream());
        }
        return null;
    }

    private @Nullable ModelAndView refusal(
            SignedLinks.Refused refused, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var status = refused.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
        var outcome = refused.notFound() ? "gone" : "refused";
        var key = "uploads.link." + outcome;
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (wantsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            var locale = LocaleContextHolder.getLocale();
            var detail = messages.getMessage(key + ".text", null, locale);
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"https://atelier.shop/problems/link-" + (refused.notFound() ? "gone" : "refused")
                            + "\",\"title\":\"" + json(status.getReasonPhrase()) + "\",\"status\":" + status.value()
                            + ",\"detail\":\"" + json(detail) + "\"}");
            return null;
        }
        var page = new ModelAndView("uploads/link-refused", Map.of("outcome", outcome));
        page.setStatus(status);
        return page;
    }

    /** JSON when the client prefers it to HTML (a browser asks for HTML first). */
    static boolean wantsJson(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            var types = MediaType.parseMediaTypes(accept);
            MimeTypeUtils.sortBySpecificity(types);
            for (var type : types) {
                if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                    return false;
                }
                if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
                    return true;
                }
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static @Nullable String principal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication.getName();
    }

    private static String filename(SignedLinks.Served served) {
        var label = served.material().label();
        if (served.rendition() != Rendition.THUMBNAIL) {
            return label;
        }
        var dot = label.lastIndexOf('.');
        return (dot > 0 ? label.substring(0, dot) : label) + "-thumbnail.jpg";
    }

    /** RFC 6266: an ASCII fallback in {@code filename} and the exact name in {@code filename*}. */
    static String contentDisposition(boolean inline, String filename) {
        var fallback = new StringBuilder();
        filename.codePoints()
                .forEach(cp -> fallback.append(cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\' ? (char) cp : '_'));
        var encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
        return (inline ? "inline" : "attachment") + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    private static String json(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
