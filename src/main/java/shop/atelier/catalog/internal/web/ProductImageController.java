package shop.atelier.catalog.internal.web;

import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import shop.atelier.catalog.internal.StorefrontCatalog;
import shop.atelier.platform.NotFoundException;

/**
 * Serves uploaded product images. An image never changes under its id (a new upload gets a new
 * one), so browsers and proxies may keep it for a year.
 */
@Controller
class ProductImageController {

    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final StorefrontCatalog storefront;

    ProductImageController(StorefrontCatalog storefront) {
        this.storefront = storefront;
    }

    @GetMapping("/products/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable String id) {
        UUID imageId;
        try {
            imageId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No image " + id);
        }
        var image = storefront.image(imageId).orElseThrow(() -> new NotFoundException("No image " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(FOREVER)
                .eTag(imageId.toString())
                .body(image.bytes());
    }
}
