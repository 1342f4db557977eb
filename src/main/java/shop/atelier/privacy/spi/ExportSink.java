package shop.atelier.privacy.spi;

import java.io.InputStream;
import java.util.Map;

/** Where a module writes what it holds about a person during an access request. */
public interface ExportSink {

    /**
     * One record, e.g. an order or an address.
     *
     * @param holder the module writing it
     * @param kind what the record is, e.g. {@code order}
     * @param fields its fields; values are strings, numbers, booleans, lists or maps
     */
    void record(String holder, String kind, Map<String, ?> fields);

    /** One file the person gave the shop (a photo), in clear. The sink reads the stream. */
    void file(String holder, String name, String contentType, InputStream content);
}
