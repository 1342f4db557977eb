package shop.atelier.privacy;

import java.util.List;
import java.util.UUID;
import shop.atelier.privacy.spi.DataSubject;

/**
 * Legal holds placed by a privacy officer (promise S3): while a hold stands, the data of the person
 * or order it names must not be deleted. Deletion and retention ask here first.
 */
public interface LegalHolds {

    /** Whether a standing hold names this person's email address. */
    boolean isHeld(DataSubject subject);

    /** Whether a standing hold names this order by its id. */
    boolean isHeld(UUID orderId);

    /**
     * Whether a standing hold names an order by its number, as the officer typed it (holds are not
     * resolved against the orders module, so an order is held by its id or by its number).
     */
    boolean isHeldOrderNumber(String orderNumber);

    /** The standing holds on this person, newest first. */
    List<LegalHold> holdsFor(DataSubject subject);
}
