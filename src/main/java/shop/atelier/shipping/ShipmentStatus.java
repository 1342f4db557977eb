package shop.atelier.shipping;

/** Where a parcel stands, as its carrier reports it. */
public enum ShipmentStatus {
    /** The label went to the carrier; the parcel is handed over. */
    DISPATCHED,
    /** The carrier is moving it. */
    IN_TRANSIT,
    /** The carrier delivered it. Final: nothing a carrier reports later changes it. */
    DELIVERED,
    /** The carrier reported a problem (address not found, parcel damaged): staff must look. */
    EXCEPTION
}
