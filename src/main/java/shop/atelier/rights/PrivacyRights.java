package shop.atelier.rights;

import java.io.IOException;
import java.io.OutputStream;
import shop.atelier.privacy.spi.DataSubject;

/**
 * The engine behind access and erasure requests: it asks every {@link
 * shop.atelier.privacy.spi.PersonalDataHolder} of the application, so a module joins by implementing
 * the SPI. Callers verify the requester's identity first.
 */
public interface PrivacyRights {

    /**
     * Writes the access archive (promise G1): a ZIP holding {@code data.json}, with every record every
     * holder returned grouped by holder, and {@code files/<holder>/<name>} for each file the person gave
     * the shop, in clear.
     */
    void writeArchive(DataSubject subject, OutputStream out) throws IOException;

    /**
     * Erases the person across every holder (promise G3), keeping only what the law forces the shop to
     * keep. A legal hold on the person or on one of their orders blocks the whole erasure: nothing is
     * erased and the receipt names the holds.
     */
    ErasureReceipt erase(DataSubject subject);
}
