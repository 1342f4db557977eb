package shop.atelier.orders.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import shop.atelier.catalog.VariantId;
import shop.atelier.orders.internal.CartId;
import shop.atelier.orders.internal.CartService;

/**
 * The cart for API clients. A cart is created without an account; the client proves it owns the
 * cart with the token it got at creation, in the {@code X-Cart-Token} header.
 */
@RestController
@RequestMapping("/api/v1/carts")
@Tag(name = "Cart", description = "A cart with personalized items; prices are always the shop's")
class CartApiController {

    static final String TOKEN_HEADER = "X-Cart-Token";

    private final CartService carts;

    CartApiController(CartService carts) {
        this.carts = carts;
    }

    @PostMapping
    @Operation(summary = "Create a cart", description = "Answers the cart id and the token that opens it")
    ResponseEntity<ApiModels.CartCreated> create() {
        var cart = carts.createApiCart();
        return ResponseEntity.created(URI.create("/api/v1/carts/" + cart.id()))
                .body(new ApiModels.CartCreated(cart.id().value(), cart.token().value()));
    }

    @GetMapping("/{cartId}")
    @Operation(summary = "The cart with current prices")
    ApiModels.CartJson get(
            @PathVariable UUID cartId, @Parameter(required = true) @RequestHeader(TOKEN_HEADER) String token) {
        var id = owned(cartId, token);
        return ApiModels.CartJson.of(carts.view(id));
    }

    @PostMapping("/{cartId}/lines")
    @Operation(
            summary = "Add an item",
            description = "The personalization is checked against the product's slots; the same variant with the"
                    + " same personalization adds to the existing line. A body naming a price is refused.")
    ResponseEntity<ApiModels.CartJson> add(
            @PathVariable UUID cartId,
            @RequestHeader(TOKEN_HEADER) String token,
            @Valid @RequestBody Forms.AddLine line) {
        var id = owned(cartId, token);
        carts.addLine(id, new VariantId(line.variantId()), line.quantity(), line.personalizationOrEmpty());
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiModels.CartJson.of(carts.view(id)));
    }

    @DeleteMapping("/{cartId}/lines/{lineId}")
    @Operation(summary = "Remove an item")
    ApiModels.CartJson remove(
            @PathVariable UUID cartId, @PathVariable UUID lineId, @RequestHeader(TOKEN_HEADER) String token) {
        var id = owned(cartId, token);
        carts.removeLine(id, lineId);
        return ApiModels.CartJson.of(carts.view(id));
    }

    private CartId owned(UUID cartId, String token) {
        var id = new CartId(cartId);
        carts.requireToken(id, token);
        return id;
    }
}
