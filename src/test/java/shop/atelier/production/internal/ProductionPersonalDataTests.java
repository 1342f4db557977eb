package shop.atelier.production.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.Customers;
import shop.atelier.orders.Orders;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.uploads.Uploads;

@ProductionModuleTest
class ProductionPersonalDataTests {

    @Autowired
    ProductionPersonalData personalData;

    @Autowired
    ProductionService production;

    @Autowired
    WorkshopPortal portal;

    @Autowired
    Orders orders;

    @Autowired
    Customers customers;

    @Autowired
    Uploads uploads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    ProductionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ProductionFixtures(orders, customers, uploads, production, clock);
    }

    record Collected(String kind, Map<String, Object> fields) {}

    static List<Collected> export(PersonalDataHolderCall call) {
        var out = new ArrayList<Collected>();
        call.run(new ExportSink() {
            @Override
            public void record(String holder, String kind, Map<String, ?> fields) {
                out.add(new Collected(kind, new java.util.LinkedHashMap<String, Object>(fields)));
            }

            @Override
            public void file(String holder, String name, String contentType, InputStream content) {
                throw new AssertionError("production holds no files");
            }
        });
        return out;
    }

    interface PersonalDataHolderCall {
        void run(ExportSink sink);
    }

    @Test
    void everyPersonalColumnIsInTheInventory() {
        var columns = personalData.inventory().categories().stream()
                .flatMap(c -> c.columns().stream())
                .toList();
        assertThat(columns)
                .contains(
                        "production_members.name",
                        "production_members.email",
                        "production_jobs.reject_reason",
                        "production_jobs.customer_id",
                        "production_workshops.contact_email");
        for (var column : columns) {
            var parts = column.split("\\.");
            assertThat(jdbc.sql(
                                    "select count(*) from information_schema.columns where table_name = ? and column_name = ?")
                            .params(parts[0], parts[1])
                            .query(Integer.class)
                            .single())
                    .as(column)
                    .isEqualTo(1);
        }
    }

    @Test
    void aCustomersJobsAreExportedWithOrderNumbersWorkshopsAndDates() {
        var customer = CustomerId.random();
        var workshop = fixtures.workshop();
        var order = fixtures.order(customer);
        fixtures.assign(order, order.mug(), workshop.id());

        var records = export(sink -> personalData.export(new DataSubject(customer.value(), "ann@example.com"), sink));

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("production-job");
            assertThat(r.fields())
                    .containsEntry("order", order.number())
                    .containsEntry("workshop", workshop.name())
                    .containsEntry("state", "ASSIGNED")
                    .containsKey("assignedAt")
                    .containsKey("dueOn");
        });
    }

    @Test
    void aGuestsJobsAreFoundThroughTheContactAddressOfTheirOrders() {
        var workshop = fixtures.workshop();
        var order = fixtures.order(null);
        fixtures.assign(order, order.mug(), workshop.id());
        var email = ProductionFixtures.email("guest");
        when(orders.ofContactEmail(email)).thenReturn(List.of(order.summary()));

        var records = export(sink -> personalData.export(DataSubject.guest(email), sink));

        assertThat(records).extracting(r -> (Object) r.fields().get("order")).containsExactly(order.number());
    }

    @Test
    void erasureDropsTheAccountReferenceAndRejectionTextsAndSaysWhatIsKept() {
        var customer = CustomerId.random();
        var workshop = fixtures.workshop();
        var craftsman = fixtures.craftsman(workshop);
        var order = fixtures.order(customer);
        var job = fixtures.assign(order, order.mug(), workshop.id());
        portal.reject(portal.membership(craftsman), job.id(), "The photo of Ann is too dark");

        var report = personalData.erase(
                new DataSubject(customer.value(), "ann@example.com"), ErasureMode.KEEP_LEGAL_MINIMUM);

        var row = jdbc.sql("select customer_id is null as gone, reject_reason from production_jobs where id = ?")
                .param(job.id().value())
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getString(2)))
                .single();
        assertThat(row).containsExactly(true, "[erased]");
        assertThat(report.erased()).anySatisfy(e -> assertThat(e).contains(order.number()));
        assertThat(report.kept())
                .singleElement()
                .satisfies(k -> assertThat(k.reason()).contains("no name, address or contact data"));
        when(orders.ofCustomer(any())).thenReturn(List.of());
        assertThat(personalData
                        .erase(new DataSubject(customer.value(), "ann@example.com"), ErasureMode.ERASE_ALL)
                        .erased())
                .isEmpty();
    }

    @Test
    void aCraftsmansMembershipIsExportedAndErased() {
        var workshop = fixtures.workshop();
        var craftsman = fixtures.craftsman(workshop);

        var records = export(sink -> personalData.export(DataSubject.guest(craftsman), sink));
        assertThat(records)
                .singleElement()
                .satisfies(r -> assertThat(r.fields())
                        .containsEntry("workshop", workshop.name())
                        .containsEntry("email", craftsman));

        var report = personalData.erase(DataSubject.guest(craftsman), ErasureMode.KEEP_LEGAL_MINIMUM);

        assertThat(report.erased()).anySatisfy(e -> assertThat(e).contains(craftsman));
        assertThat(production.details(workshop.id()).members()).isEmpty();
    }
}
