package shop.atelier.orders.internal;

/** An upload for a slot the product does not have, or a slot that takes text, not a file (400). */
public class SlotTakesNoFile extends RuntimeException {

    public SlotTakesNoFile(String message) {
        super(message);
    }
}
