package shop.atelier.orders.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import shop.atelier.catalog.PrintSpec;
import shop.atelier.catalog.ProductId;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CartUploads;
import shop.atelier.orders.internal.MaterialInUse;
import shop.atelier.orders.internal.PrintResolutionTooLow;
import shop.atelier.orders.internal.SlotTakesNoFile;
import shop.atelier.orders.internal.UploadSlots;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.StreamedUploads;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.UploadRejected;

/**
 * Uploads for photo, video and file slots, before checkout, for guests and accounts alike: on the
 * product page and, to replace one, in the cart.
 *
 * <p>The page's script sends the file as the raw request body (so it can show progress) and asks
 * for JSON: it gets {@code 201} with the material, or problem details with a localized {@code
 * detail}. Without JavaScript the browser posts a multipart form (its fields before the file) and
 * is sent back to the page with the upload, or the reason it was refused, in flash attributes.
 */
@Controller
class CartUploadController {

    /** Flash attribute: slot key (or {@code lineId/slot} in the cart) → localized reason an upload was refused. */
    static final String ERRORS = "uploadErrors";

    /** Flash attribute: slot key (or {@code lineId/slot}) → localized confirmation, e.g. a print-quality warning. */
    static final String NOTICES = "uploadNotices";

    /** Flash attribute the product page reads: slot key → value (here: material ids). */
    static final String VALUES = "personalizationValues";

    private static final Pattern BACK = Pattern.compile("/products/[A-Za-z0-9._~-]{1,200}");
    private static final Pattern KEEP = Pattern.compile("keep\\[([a-z][a-z0-9_-]{0,39})]");

    private final CartService carts;
    private final CartUploads uploads;
    private final UploadWidgets.Factory widgets;
    private final MessageSource messages;

    CartUploadController(
            CartService carts, CartUploads uploads, UploadWidgets.Factory widgets, MessageSource messages) {
        this.carts = carts;
        this.uploads = uploads;
        this.widgets = widgets;
        this.messages = messages;
    }

    /**
     * Receives a file for a product's slot: {@code product} and {@code slot} in the query (or as
     * form fields before the file), {@code marketing=true} when the customer allowed gallery use,
     * {@code replaces} (or the field {@code keep[slot]}) naming the upload it replaces on the page.
     */
    @PostMapping("/cart/uploads")
    ResponseEntity<?> upload(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var json = wantsJson(request);
        var form = new LinkedHashMap<String, String>();
        String slotKey = request.getParameter("slot");
        try {
            var upload = StreamedUploads.receive(request, "file", (filename, content, fields) -> {
                form.putAll(fields);
                var product = productId(param(request, fields, "product"));
                var key = param(request, fields, "slot");
                if (product == null || key == null) {
                    throw new SlotTakesNoFile("Say which product and slot the file is for");
                }
                var slot = uploads.fileSlot(product, key);
                var cart = carts.sessionCart(CartSession.get(request));
                CartSession.set(request, cart);
                return uploads.upload(
                        cart, slot, filename, content, "true".equals(param(request, fields, "marketing")));
            });
            slotKey = upload.slot().key();
            var replaced = param(request, form, "replaces");
            if (replaced == null) {
                replaced = form.get("keep[" + slotKey + "]");
            }
            UploadSlots.materialId(replaced)
                    .ifPresent(previous -> uploads.discardReplaced(
                            upload.cart(), previous, upload.material().id()));
            if (json) {
                return ResponseEntity.status(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body(upload, request, locale));
            }
            var values = kept(form);
            values.put(slotKey, upload.material().id().toString());
            var flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put(VALUES, values);
            flash.put(NOTICES, Map.of(slotKey, notice(upload, locale)));
            return back(request, form, response);
        } catch (RuntimeException | IOException e) {
            var refusal = refusal(e, locale);
            if (json) {
                return refusal.problem();
            }
            var key = slotKey == null ? form.getOrDefault("slot", "") : slotKey;
            var flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put(VALUES, kept(form));
            flash.put(ERRORS, Map.of(key, refusal.detail()));
            return back(request, form, response);
        }
    }

    /** Removes an upload of the visitor's cart that no item holds yet. */
    @PostMapping("/cart/uploads/{materialId}/delete")
    ResponseEntity<?> delete(
            @PathVariable UUID materialId, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var form = formFields(request);
        try {
            uploads.delete(CartSession.get(request), new MaterialId(materialId));
        } catch (NotFoundException | MaterialInUse e) {
            if (wantsJson(request)) {
                return refusal(e, locale).problem();
            }
            if (e instanceof NotFoundException) {
                throw e;
            }
            var flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put(VALUES, kept(form));
            flash.put(
                    ERRORS,
                    Map.of(form.getOrDefault("slot", ""), refusal(e, locale).detail()));
            return back(request, form, response);
        }
        if (wantsJson(request)) {
            return ResponseEntity.noContent().build();
        }
        var values = kept(form);
        values.values().remove(materialId.toString());
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(VALUES, values);
        flash.put(NOTICES, Map.of(form.getOrDefault("slot", ""), text("cart-uploads.removed", locale)));
        return back(request, form, response);
    }

    /** Records whether the shop may show an upload in its gallery (promise M1); {@code allowed=true|false}. */
    @PostMapping("/cart/uploads/{materialId}/marketing")
    ResponseEntity<?> marketing(
            @PathVariable UUID materialId, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var form = formFields(request);
        try {
            uploads.allowMarketing(
                    CartSession.get(request), new MaterialId(materialId), "true".equals(form.get("allowed")));
        } catch (NotFoundException e) {
            if (wantsJson(request)) {
                return refusal(e, locale).problem();
            }
            throw e;
        }
        if (wantsJson(request)) {
            return ResponseEntity.noContent().build();
        }
        RequestContextUtils.getOutputFlashMap(request).put(VALUES, kept(form));
        return back(request, form, response);
    }

    /** Replaces the photo, video or file of an item in the cart: streamed like an upload. */
    @PostMapping("/cart/lines/{lineId}/materials/{slot}")
    ResponseEntity<?> replace(
            @PathVariable UUID lineId,
            @PathVariable String slot,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        var json = wantsJson(request);
        var key = lineId + "/" + slot;
        try {
            var cart = CartSession.get(request);
            if (cart == null || !carts.exists(cart)) {
                throw new NotFoundException("No cart");
            }
            var upload = StreamedUploads.receive(
                    request,
                    "file",
                    (filename, content, fields) -> uploads.replace(cart, lineId, slot, filename, content));
            if (json) {
                return ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(body(upload, request, locale));
            }
            RequestContextUtils.getOutputFlashMap(request).put(NOTICES, Map.of(key, notice(upload, locale)));
        } catch (RuntimeException | IOException e) {
            var refusal = refusal(e, locale);
            if (json) {
                return refusal.problem();
            }
            RequestContextUtils.getOutputFlashMap(request).put(ERRORS, Map.of(key, refusal.detail()));
        }
        return seeOther("/cart", request, response);
    }

    /** What the page's script gets for a stored upload. */
    record UploadJson(
            String materialId,
            String slot,
            String label,
            String kind,
            @Nullable String thumbnailUrl,
            @Nullable Integer dpi,
            @Nullable String quality,
            @Nullable String message) {}

    private UploadJson body(CartUploads.Upload upload, HttpServletRequest request, Locale locale) {
        var material = upload.material();
        var quality = upload.quality();
        var thumbnail = widgets.of(request).thumbnail(upload.cart(), material);
        return new UploadJson(
                material.id().toString(),
                upload.slot().key(),
                material.label(),
                material.kind().name(),
                thumbnail,
                quality == null ? null : quality.dpi(),
                quality == null ? null : quality.verdict().name(),
                quality != null && quality.verdict() == PrintSpec.PrintQuality.Verdict.LOW
                        ? warning(quality, locale)
                        : null);
    }

    /** The confirmation after the page comes back; a print-quality warning shows beside the photo. */
    private String notice(CartUploads.Upload upload, Locale locale) {
        return messages.getMessage(
                "cart-uploads.uploaded", new Object[] {upload.material().label()}, locale);
    }

    private String warning(PrintSpec.PrintQuality quality, Locale locale) {
        return messages.getMessage("cart-uploads.dpi.low", new Object[] {quality.dpi(), PrintSpec.WARN_DPI}, locale);
    }

    /** Why an upload was refused: the status, and the reason in the customer's language. */
    private record Refusal(HttpStatus status, String type, String detail) {

        ResponseEntity<ProblemDetail> problem() {
            var problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create("https://atelier.shop/problems/" + type));
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }

    private Refusal refusal(Exception e, Locale locale) {
        return switch (e) {
            case UploadRejected rejected ->
                new Refusal(
                        statusOf(rejected.reason()),
                        "upload-" + rejected.reason().code(),
                        messages.getMessage(rejected.messageKey(), null, rejected.getMessage(), locale));
            case PrintResolutionTooLow low ->
                new Refusal(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "upload-resolution-too-low",
                        messages.getMessage(
                                "cart-uploads.dpi.too-low", new Object[] {low.dpi(), low.minDpi()}, locale));
            case SlotTakesNoFile ignored ->
                new Refusal(HttpStatus.BAD_REQUEST, "upload-slot", text("cart-uploads.error.slot", locale));
            case StreamedUploads.MalformedUpload ignored ->
                new Refusal(HttpStatus.BAD_REQUEST, "upload-malformed", text("cart-uploads.error.malformed", locale));
            case IOException ignored ->
                new Refusal(HttpStatus.BAD_REQUEST, "upload-truncated", text("uploads.rejected.truncated", locale));
            case NotFoundException ignored ->
                new Refusal(HttpStatus.NOT_FOUND, "not-found", text("cart-uploads.error.not-found", locale));
            case MaterialInUse ignored ->
                new Refusal(HttpStatus.CONFLICT, "upload-in-use", text("cart-uploads.error.in-use", locale));
            case RuntimeException runtime -> throw runtime;
            default -> throw new IllegalStateException(e);
        };
    }

    private static HttpStatus statusOf(UploadRejected.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case CORRUPT, TOO_MANY_PIXELS, HIDDEN_CONTENT -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TRUNCATED -> HttpStatus.BAD_REQUEST;
            case SCOPE_DESTROYED -> HttpStatus.CONFLICT;
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        var accept = request.getHeader("Accept");
        return accept != null && (accept.contains("application/json") || accept.contains("application/problem+json"));
    }

    /** A query parameter, else a form field sent before the file. */
    private static @Nullable String param(HttpServletRequest request, Map<String, String> fields, String name) {
        var value = request.getParameter(name);
        return value != null ? value : fields.get(name);
    }

    private static @Nullable ProductId productId(@Nullable String value) {
        try {
            return value == null ? null : new ProductId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The fields of a plain (url-encoded) form; never the body of an upload. */
    private static Map<String, String> formFields(HttpServletRequest request) {
        var fields = new LinkedHashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                fields.put(name, values[0]);
            }
        });
        return fields;
    }

    /** The other slots' uploads the page showed ({@code keep[slot]}), so they stay in place. */
    private static LinkedHashMap<String, String> kept(Map<String, String> form) {
        var values = new LinkedHashMap<String, String>();
        form.forEach((name, value) -> {
            var matcher = KEEP.matcher(name);
            if (matcher.matches() && UploadSlots.materialId(value).isPresent()) {
                values.put(matcher.group(1), value);
            }
        });
        return values;
    }

    /**
     * Back to the page the form was on: the Referer when it is one of ours, else the product page
     * the form named ({@code back}), else the shop's front page.
     */
    private static ResponseEntity<?> back(
            HttpServletRequest request, Map<String, String> form, HttpServletResponse response) {
        var target = sameOriginReferer(request);
        if (target == null) {
            var named = param(request, form, "back");
            target = named != null && BACK.matcher(named).matches() ? named : "/";
        }
        return seeOther(target, request, response);
    }

    private static ResponseEntity<?> seeOther(String path, HttpServletRequest request, HttpServletResponse response) {
        var location = request.getContextPath() + path;
        RequestContextUtils.saveOutputFlashMap(location, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(location))
                .build();
    }

    private static @Nullable String sameOriginReferer(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            var uri = URI.create(referer);
            if (uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || uri.getPort() != request.getServerPort() && uri.getPort() != -1) {
                return null;
            }
            var path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            var contextPath = request.getContextPath();
            if (!contextPath.isEmpty()) {
                if (!path.startsWith(contextPath + "/")) {
                    return null;
                }
                path = path.substring(contextPath.length());
            }
            return path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
