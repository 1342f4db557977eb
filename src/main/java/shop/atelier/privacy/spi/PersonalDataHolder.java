package shop.atelier.privacy.spi;

/**
 * Implemented by every module that holds personal data (as a Spring bean), so the privacy engine
 * can list, export and erase everything the shop holds about a person.
 */
public interface PersonalDataHolder {

    /** What this module holds: its categories of personal data, why, on which legal basis, for how long. */
    DataInventory inventory();

    /** Writes everything this module holds about the subject into the sink. */
    void export(DataSubject subject, ExportSink sink);

    /**
     * Erases the subject's data, or anonymizes what the law forces the shop to keep.
     *
     * @return what was erased and what was kept, why and until when
     */
    ErasureReport erase(DataSubject subject, ErasureMode mode);
}
