package shop.atelier.catalog;

/**
 * One filled-in slot, normalized and labelled, as an order line keeps it.
 *
 * @param slotKey the slot's stable key
 * @param label the slot's label when the value was given
 * @param type what the slot takes
 * @param value the text, or for photo/video slots the reference of the uploaded material
 */
public record PersonalizationValue(String slotKey, String label, SlotType type, String value) {}
