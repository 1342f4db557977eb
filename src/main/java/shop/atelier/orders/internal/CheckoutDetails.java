package shop.atelier.orders.internal;

/** What checkout asks for: contact and addresses, nothing more (promise C1). */
public record CheckoutDetails(Contact contact, Address shippingAddress, Address billingAddress) {}
