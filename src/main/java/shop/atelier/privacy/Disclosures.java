package shop.atelier.privacy;

/** The register of every handover of personal data (promises S2–S4). */
public interface Disclosures {

    /** Records a handover, in the caller's transaction: no handover without its record. */
    void record(Disclosure disclosure);
}
