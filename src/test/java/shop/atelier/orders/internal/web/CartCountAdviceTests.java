package shop.atelier.orders.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import shop.atelier.orders.internal.CartId;
import shop.atelier.orders.internal.CartService;

class CartCountAdviceTests {

    final CartService carts = mock(CartService.class);
    final CartCountAdvice advice = new CartCountAdvice(carts);

    @Test
    void withoutASessionThereIsNoBadgeNoQueryAndNoNewSession() {
        var request = new MockHttpServletRequest();

        assertThat(advice.cartCount(request)).isNull();

        assertThat(request.getSession(false)).isNull();
        verifyNoInteractions(carts);
    }

    @Test
    void aSessionWithoutCartNeedsNoQuery() {
        var request = new MockHttpServletRequest();
        request.getSession(true);

        assertThat(advice.cartCount(request)).isNull();
        verifyNoInteractions(carts);
    }

    @Test
    void countsTheItemsOfTheSessionsCart() {
        var request = new MockHttpServletRequest();
        var cart = new CartId(UUID.randomUUID());
        CartSession.set(request, cart);
        when(carts.itemCount(cart)).thenReturn(3);

        assertThat(advice.cartCount(request)).isEqualTo(3);
    }
}
