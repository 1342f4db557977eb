package shop.atelier.orders.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import shop.atelier.orders.internal.CartId;
import shop.atelier.orders.internal.CartService;
import shop.atelier.orders.internal.CheckoutService;

/** Checkout for API clients: the same checkout as the page, answering where to pay. */
@RestController
@Tag(name = "Checkout")
class CheckoutApiController {

    private final CartService carts;
    private final CheckoutService checkout;

    CheckoutApiController(CartService carts, CheckoutService checkout) {
        this.carts = carts;
        this.checkout = checkout;
    }

    @PostMapping("/api/v1/checkout")
    @Operation(
            summary = "Place the order of a cart",
            description = "Asks only what the order needs: contact, shipping address and optionally a different"
                    + " billing address. Prices come from the catalog. Answers where the customer pays, and a"
                    + " tracking token that opens the order without an account. With HTTP Basic credentials of"
                    + " a customer, the order belongs to that account.")
    ResponseEntity<ApiModels.CheckoutResponse> checkout(
            @RequestHeader(CartApiController.TOKEN_HEADER) String token,
            @Valid @RequestBody Forms.CheckoutRequest request) {
        var cartId = new CartId(request.cartId());
        carts.requireToken(cartId, token);
        var placed = checkout.checkout(cartId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.id()))
                .body(ApiModels.CheckoutResponse.of(placed));
    }
}
