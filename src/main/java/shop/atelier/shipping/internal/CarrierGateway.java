package shop.atelier.shipping.internal;

import org.jspecify.annotations.Nullable;

/**
 * The port to one carrier: hands over a label and checks the signature of its tracking webhooks.
 * Implementations receive nothing but {@link LabelData}.
 */
public interface CarrierGateway {

    String code();

    /** The carrier's name, as staff, customers and the disclosure register see it. */
    String name();

    boolean requiresPhone();

    /** Whether staff print the label themselves (label sheet and CSV). */
    boolean manual();

    /**
     * Hands the label over.
     *
     * @return the carrier's tracking number
     * @throws CarrierUnavailable when the carrier refused it or could not be reached
     */
    String dispatch(LabelData label);

    /** Whether the webhook body carries this carrier's signature; constant time. */
    boolean isAuthentic(byte[] body, @Nullable String signature);
}
