package shop.atelier.orders.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.internal.OrderQueries;

/** The signed-in customer's orders (HTTP Basic). Another customer's order is "not found". */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
@SecurityRequirement(name = "basic")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OrderApiController {

    private final OrderQueries queries;
    private final Customers customers;

    OrderApiController(OrderQueries queries, Customers customers) {
        this.queries = queries;
        this.customers = customers;
    }

    @GetMapping
    @Operation(summary = "Your orders, newest first")
    List<ApiModels.OrderSummaryJson> list() {
        return queries.ofCustomer(customer()).stream()
                .map(ApiModels.OrderSummaryJson::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your orders with its lines, addresses and status history")
    ApiModels.OrderJson get(@PathVariable UUID id) {
        return ApiModels.OrderJson.of(queries.ofCustomer(new OrderId(id), customer()));
    }

    private CustomerId customer() {
        return customers
                .signedIn()
                .map(CustomerProfile::id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Only customers have orders"));
    }
}
