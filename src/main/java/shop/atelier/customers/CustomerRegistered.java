package shop.atelier.customers;

/** A person opened an account. */
public record CustomerRegistered(CustomerId customerId) {}
