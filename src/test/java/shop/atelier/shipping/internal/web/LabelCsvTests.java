package shop.atelier.shipping.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shop.atelier.orders.ShippingLabel;
import shop.atelier.shipping.internal.LabelData;
import shop.atelier.shipping.internal.Parcel;

class LabelCsvTests {

    @Test
    void oneHeaderAndOneRowWithTheLabelFieldsOnly() {
        var csv = LabelCsv.of(
                new LabelData(
                        new ShippingLabel(
                                "A-1", "Ann \"Annie\" Example", "Main St 1, rear", null, "10115", "Berlin", "DE", null),
                        new Parcel(800, 30, 20, 10)),
                "MANUAL-7");

        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "order_number,recipient_name,address_line1,address_line2,postal_code,city,country,phone,"
                                + "weight_grams,length_cm,width_cm,height_cm,tracking_number",
                        "A-1,\"Ann \"\"Annie\"\" Example\",\"Main St 1, rear\",,10115,Berlin,DE,,800,30,20,10,MANUAL-7");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(LabelCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(LabelCsv.cell("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(LabelCsv.cell("@home")).isEqualTo("'@home");
        assertThat(LabelCsv.cell("Ann")).isEqualTo("Ann");
    }
}
