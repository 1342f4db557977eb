package shop.atelier.orders.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.PostalAddress;
import shop.atelier.orders.internal.Address;
import shop.atelier.orders.internal.CheckoutDetails;
import shop.atelier.orders.internal.Contact;
import shop.atelier.platform.NoCardNumber;

/** The forms (and JSON bodies) of the cart and checkout, validated with Bean Validation. */
final class Forms {

    private Forms() {}

    /**
     * Add an item to the cart. No price: the shop sets it.
     *
     * @param personalization slot key to value, bound from {@code personalization[slotKey]}
     */
    record AddLine(
            @NotNull(message = "{orders.validation.variant}")
            UUID variantId,

            @NotNull(message = "{orders.validation.quantity}")
            @Min(value = 1, message = "{orders.validation.quantity}")
            @Max(value = 20, message = "{orders.validation.quantity}")
            Integer quantity,

            @Nullable Map<String, String> personalization) {

        Map<String, String> personalizationOrEmpty() {
            return personalization == null ? Map.of() : personalization;
        }
    }

    record Quantity(
            @NotNull(message = "{orders.validation.quantity}")
            @Min(value = 1, message = "{orders.validation.quantity}")
            @Max(value = 20, message = "{orders.validation.quantity}")
            Integer quantity) {}

    record ContactForm(
            @NotBlank(message = "{orders.validation.required}")
            @Size(max = 200, message = "{orders.validation.too-long}")
            @NoCardNumber
            String name,

            @NotBlank(message = "{orders.validation.required}")
            @Email(regexp = ".+@.+\\..+", message = "{orders.validation.email}")
            @Size(max = 254, message = "{orders.validation.too-long}")
            String email,

            @Size(max = 40, message = "{orders.validation.too-long}")
            @Pattern(regexp = "[+0-9 ()./-]*", message = "{orders.validation.phone}")
            @Nullable
            String phone) {

        static final ContactForm EMPTY = new ContactForm("", "", "");

        Contact toContact() {
            return new Contact(name, email, phone);
        }
    }

    record AddressForm(
            @NotBlank(message = "{orders.validation.required}")
            @Size(max = 200, message = "{orders.validation.too-long}")
            @NoCardNumber
            String name,

            @NotBlank(message = "{orders.validation.required}")
            @Size(max = 200, message = "{orders.validation.too-long}")
            @NoCardNumber
            String line1,

            @Size(max = 200, message = "{orders.validation.too-long}") @Nullable @NoCardNumber
            String line2,

            @NotBlank(message = "{orders.validation.required}")
            @Size(max = 20, message = "{orders.validation.too-long}")
            String postalCode,

            @NotBlank(message = "{orders.validation.required}")
            @Size(max = 100, message = "{orders.validation.too-long}")
            @NoCardNumber
            String city,

            @NotBlank(message = "{orders.validation.required}") @CountryCode
            String country) {

        static final AddressForm EMPTY = new AddressForm("", "", "", "", "", "");

        static AddressForm of(PostalAddress address) {
            return new AddressForm(
                    address.name(),
                    address.line1(),
                    address.line2(),
                    address.postalCode(),
                    address.city(),
                    address.country());
        }

        Address toAddress() {
            return new Address(name, line1, line2, postalCode, city, country);
        }
    }

    /**
     * The checkout page's form.
     *
     * @param billingSameAsShipping when set, {@code billing} is ignored; absent means unticked, as
     *     for any checkbox (the form sends Spring's {@code _billingSameAsShipping} marker)
     * @param promotionalMail the customer asks for promotional mail; unticked unless they tick it
     */
    record Checkout(
            @Valid ContactForm contact,
            @Valid AddressForm shipping,
            @Nullable Boolean billingSameAsShipping,
            AddressForm billing,
            @Nullable Boolean promotionalMail) {

        Checkout {
            billingSameAsShipping = Boolean.TRUE.equals(billingSameAsShipping);
            promotionalMail = Boolean.TRUE.equals(promotionalMail);
            contact = contact == null ? ContactForm.EMPTY : contact;
            shipping = shipping == null ? AddressForm.EMPTY : shipping;
            billing = billing == null ? AddressForm.EMPTY : billing;
        }

        /** Prefilled from the signed-in customer and the default address of the address book. */
        static Checkout prefilled(@Nullable CustomerProfile customer, @Nullable PostalAddress defaultAddress) {
            var contact = customer == null
                    ? ContactForm.EMPTY
                    : new ContactForm(customer.name(), customer.email(), customer.phone());
            var shipping = defaultAddress == null ? AddressForm.EMPTY : AddressForm.of(defaultAddress);
            return new Checkout(contact, shipping, true, AddressForm.EMPTY, false);
        }

        CheckoutDetails toDetails() {
            var shippingAddress = shipping.toAddress();
            return new CheckoutDetails(
                    contact.toContact(),
                    shippingAddress,
                    sameAddress() ? shippingAddress : billing.toAddress(),
                    wantsPromotionalMail());
        }

        public boolean sameAddress() {
            return Boolean.TRUE.equals(billingSameAsShipping);
        }

        public boolean wantsPromotionalMail() {
            return Boolean.TRUE.equals(promotionalMail);
        }
    }

    /**
     * The JSON body of {@code POST /api/v1/checkout}; without a billing address, the shipping address
     * is used. {@code promotionalMail: true} asks for promotional mail (the customer ticked an
     * unticked box; confirmed by email before anything is sent); absent means no.
     */
    record CheckoutRequest(
            @NotNull(message = "{orders.validation.required}")
            UUID cartId,

            @NotNull(message = "{orders.validation.required}") @Valid
            ContactForm contact,

            @NotNull(message = "{orders.validation.required}") @Valid
            AddressForm shippingAddress,

            @Valid @Nullable AddressForm billingAddress,

            @Nullable Boolean promotionalMail) {

        CheckoutDetails toDetails() {
            var shipping = shippingAddress.toAddress();
            return new CheckoutDetails(
                    contact.toContact(),
                    shipping,
                    billingAddress == null ? shipping : billingAddress.toAddress(),
                    Boolean.TRUE.equals(promotionalMail));
        }
    }
}
