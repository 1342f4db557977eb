package shop.atelier.orders.internal;

/**
 * What checkout asks for: contact and addresses, nothing more (promise C1), and whether the customer
 * asked for promotional mail (off unless they ticked the box; confirmed by email later).
 */
public record CheckoutDetails(
        Contact contact, Address shippingAddress, Address billingAddress, boolean promotionalMail) {

    public CheckoutDetails(Contact contact, Address shippingAddress, Address billingAddress) {
        this(contact, shippingAddress, billingAddress, false);
    }
}
