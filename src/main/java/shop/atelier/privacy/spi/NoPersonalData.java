package shop.atelier.privacy.spi;

import java.util.List;

/**
 * The data-map entry of a module whose tables hold nothing about a person: it declares their columns
 * so the data map covers every column of the schema, and has nothing to export or erase.
 */
public abstract class NoPersonalData implements PersonalDataHolder {

    private final DataInventory inventory;

    /**
     * @param holder the module, e.g. {@code catalog}
     * @param notPersonal every column ({@code table.column}) of the module's tables
     */
    protected NoPersonalData(String holder, List<String> notPersonal) {
        this.inventory = new DataInventory(holder, List.of(), notPersonal, List.of());
    }

    @Override
    public final DataInventory inventory() {
        return inventory;
    }

    @Override
    public final void export(DataSubject subject, ExportSink sink) {}

    @Override
    public final ErasureReport erase(DataSubject subject, ErasureMode mode) {
        return ErasureReport.nothingHeld(inventory.holder());
    }
}
