package shop.atelier.catalog.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import shop.atelier.catalog.SlotType;
import shop.atelier.catalog.internal.CharacterRule;
import shop.atelier.catalog.internal.PersonalizationSlot;
import shop.atelier.catalog.internal.ProductDetails;
import shop.atelier.catalog.internal.ProductImage;
import shop.atelier.catalog.internal.StorefrontCatalog;
import shop.atelier.catalog.internal.Variant;
import shop.atelier.platform.Money;
import shop.atelier.platform.NotFoundException;

/** The storefront's catalog as JSON, for apps and other storefronts: listed products only. */
@RestController
@RequestMapping("/api/v1/catalog/products")
@Tag(name = "Catalog", description = "Products customers can buy, with variants, prices and personalization slots")
class CatalogApiController {

    private final StorefrontCatalog storefront;

    CatalogApiController(StorefrontCatalog storefront) {
        this.storefront = storefront;
    }

    @GetMapping
    @Operation(summary = "List the products in the shop")
    List<ProductJson> products() {
        return storefront.listedProducts().stream()
                .map(CatalogApiController::json)
                .toList();
    }

    @GetMapping("/{slug}")
    @Operation(
            summary = "Get one product by its address (slug)",
            responses = {
                @ApiResponse(responseCode = "200", description = "The product"),
                @ApiResponse(responseCode = "404", description = "No such product in the shop")
            })
    ProductJson product(@PathVariable String slug) {
        return storefront
                .listedProduct(slug)
                .map(CatalogApiController::json)
                .orElseThrow(() -> new NotFoundException("No product " + slug));
    }

    /**
     * A product. Personalization values go in the cart line as {@code personalization[<key>]}.
     *
     * @param available whether at least one variant can be bought now
     * @param fromPrice the lowest price among available variants
     */
    record ProductJson(
            UUID id,
            String slug,
            String name,
            String description,
            boolean requiresProof,
            boolean available,
            @Nullable PriceJson fromPrice,
            @Nullable PrintSizeJson printSize,
            List<ImageJson> images,
            List<VariantJson> variants,
            List<SlotJson> slots) {}

    /** A price: the decimal amount as text, the ISO currency code and the amount in minor units. */
    record PriceJson(String amount, String currency, long minor) {

        static PriceJson of(Money money) {
            return new PriceJson(
                    money.toDecimal().toPlainString(), money.currency().getCurrencyCode(), money.minor());
        }
    }

    record VariantJson(UUID id, String name, String sku, PriceJson price, boolean available) {}

    /**
     * A personalization slot. TEXT is typed in; PHOTO, VIDEO and TEXT_FILE (a plain-text file such as
     * a letter or poem) are uploaded, and their value is the reference of the upload. For TEXT slots,
     * {@code maxLength} counts Unicode code points and {@code characters} names the rule: BASIC
     * (letters, digits, spaces, basic punctuation), LETTERS_AND_DIGITS, or EXTENDED (emoji too);
     * never control characters or angle brackets.
     */
    record SlotJson(
            String key,
            String label,
            @Nullable String hint,
            SlotType type,
            boolean required,
            @Nullable Integer maxLength,
            @Nullable CharacterRule characters) {}

    record ImageJson(String url, String alt) {}

    /**
     * The printed area of a product. A photo's effective resolution is its pixels per inch when
     * printed to fill this area (turned to match its orientation, the smaller axis counts): below
     * {@code minDpi} the shop refuses the photo, below 150 it warns that the print may look soft.
     */
    record PrintSizeJson(int widthMm, int heightMm, int minDpi) {}

    private static ProductJson json(ProductDetails p) {
        var size = p.printSize();
        return new ProductJson(
                p.id().value(),
                p.slug(),
                p.name(),
                p.description(),
                p.requiresProof(),
                p.sellable(),
                p.fromPrice().map(PriceJson::of).orElse(null),
                size == null ? null : new PrintSizeJson(size.widthMm(), size.heightMm(), p.minDpi()),
                p.images().stream().map(CatalogApiController::json).toList(),
                p.variants().stream().map(CatalogApiController::json).toList(),
                p.slots().stream().map(CatalogApiController::json).toList());
    }

    private static VariantJson json(Variant v) {
        return new VariantJson(v.id().value(), v.name(), v.sku(), PriceJson.of(v.price()), v.available());
    }

    private static SlotJson json(PersonalizationSlot s) {
        return new SlotJson(
                s.key(),
                s.label(),
                s.hint(),
                s.type(),
                s.required(),
                s.maxLength(),
                s.isText() ? s.characters() : null);
    }

    private static ImageJson json(ProductImage image) {
        var url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(image.path())
                .toUriString();
        return new ImageJson(url, image.alt());
    }
}
