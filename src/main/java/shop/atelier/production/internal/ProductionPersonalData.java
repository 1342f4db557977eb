package shop.atelier.production.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.CustomerId;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.privacy.spi.DataCategory;
import shop.atelier.privacy.spi.DataInventory;
import shop.atelier.privacy.spi.DataSubject;
import shop.atelier.privacy.spi.ErasureMode;
import shop.atelier.privacy.spi.ErasureReport;
import shop.atelier.privacy.spi.ExportSink;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * The production module's entry in the data map. About customers it holds no contact data at all:
 * a job names the order (id and number) and, for account orders, the account id; what the workshop
 * saw is read from the orders and uploads modules while the job is open. Its own personal data is
 * staff-side: the craftsmen's names and addresses, the staff login that assigned a job, the
 * workshop's contact address, and the free-text reason a workshop gave for rejecting a job.
 *
 * <p>Erases before the orders module ({@code @Order} 100 before its 500): a guest's orders are found
 * by their contact email, which the orders module then anonymizes.
 */
@Component
@Order(100)
class ProductionPersonalData implements PersonalDataHolder {

    static final String HOLDER = "production";
    private static final List<String> NOT_PERSONAL = List.of(
            "production_workshops.id",
            "production_workshops.name",
            "production_workshops.active",
            "production_workshops.created_at",
            "production_workshops.version",
            "production_members.workshop_id",
            "production_members.added_at",
            "production_jobs.id",
            "production_jobs.workshop_id",
            "production_jobs.product_name",
            "production_jobs.variant_name",
            "production_jobs.quantity",
            "production_jobs.due_on",
            "production_jobs.state",
            "production_jobs.assigned_at",
            "production_jobs.state_since",
            "production_jobs.version");
    static final String JOBS = "production.jobs";
    static final String REJECTIONS = "production.rejection_reasons";
    static final String CRAFTSMEN = "staff.craftsmen";
    static final String ASSIGNERS = "staff.job_assigners";
    static final String WORKSHOP_CONTACT = "staff.workshop_contact";

    static final List<DataCategory> CATEGORIES = List.of(
            new DataCategory(
                    JOBS,
                    "Which workshop made which item of your order, when it was assigned, due and finished (by"
                            + " order number and account id; no name, address or contact data)",
                    "Have the item made and know who made it",
                    LegalBasis.CONTRACT,
                    List.of("The workshop that makes the item"),
                    "As long as the order; the account reference is removed on an erasure request",
                    List.of(
                            "production_jobs.order_id",
                            "production_jobs.order_number",
                            "production_jobs.customer_id",
                            "production_jobs.line_id")),
            new DataCategory(
                    REJECTIONS,
                    "The reason a workshop gave when it could not make an item (free text about the item, which"
                            + " may mention the design)",
                    "Let the shop's team solve the problem and give the item to another workshop",
                    LegalBasis.CONTRACT,
                    List.of("The shop's team"),
                    "As long as the order; replaced by an erasure marker on an erasure request",
                    List.of("production_jobs.reject_reason")),
            new DataCategory(
                    CRAFTSMEN,
                    "Name and sign-in address of each craftsman who uses the workshop portal (staff-side data,"
                            + " not the customers')",
                    "Give craftsmen access to their workshop's jobs, and only those",
                    LegalBasis.CONTRACT,
                    List.of(),
                    "Until the craftsman is removed from the workshop",
                    List.of(
                            "production_members.account_id",
                            "production_members.name",
                            "production_members.email",
                            "production_members.added_by")),
            new DataCategory(
                    ASSIGNERS,
                    "The login of the staff member who assigned a job (staff data)",
                    "Know who gave a job to a workshop, to answer questions about it",
                    LegalBasis.LEGITIMATE_INTEREST,
                    List.of(),
                    "As long as the job",
                    List.of("production_jobs.assigned_by")),
            new DataCategory(
                    WORKSHOP_CONTACT,
                    "The contact address of a workshop, which may be a person's",
                    "Reach the workshop about its jobs",
                    LegalBasis.LEGITIMATE_INTEREST,
                    List.of(),
                    "Until staff change or delete it",
                    List.of("production_workshops.contact_email")));

    private static final String ERASED = "[erased]";

    private final JdbcClient jdbc;
    private final Jobs jobs;
    private final Workshops workshops;
    private final Orders orders;

    ProductionPersonalData(JdbcClient jdbc, Jobs jobs, Workshops workshops, Orders orders) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.workshops = workshops;
        this.orders = orders;
    }

    @Override
    public DataInventory inventory() {
        return new DataInventory(HOLDER, CATEGORIES, NOT_PERSONAL, List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public void export(DataSubject subject, ExportSink sink) {
        var names = new LinkedHashMap<Object, String>();
        workshops.all().forEach(w -> names.put(w.id(), w.name()));
        for (var job : jobsOf(subject)) {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("order", job.orderNumber());
            fields.put("product", job.productName());
            fields.put("variant", job.variantName());
            fields.put("quantity", job.quantity());
            fields.put("workshop", names.getOrDefault(job.workshopId(), "a workshop"));
            fields.put("assignedAt", job.assignedAt().toString());
            fields.put("dueOn", job.dueOn().toString());
            fields.put("state", job.state().name());
            fields.put("since", job.stateSince().toString());
            sink.record(HOLDER, "production-job", fields);
        }
        for (var member : workshops.membersByEmail(subject.email())) {
            sink.record(
                    HOLDER,
                    "workshop-membership",
                    Map.of(
                            "workshop", names.getOrDefault(member.workshopId(), "a workshop"),
                            "name", member.name(),
                            "email", member.email(),
                            "since", member.addedAt().toString()));
        }
    }

    /**
     * Drops the account reference of the subject's jobs and replaces rejection reasons by a marker,
     * in either mode; the jobs themselves hold no personal data beyond the order they belong to, so
     * they stay with the order (the orders module decides how long). A craftsman's membership is
     * removed, which also ends their portal access.
     */
    @Override
    @Transactional
    public ErasureReport erase(DataSubject subject, ErasureMode mode) {
        var erased = new ArrayList<String>();
        var kept = new ArrayList<ErasureReport.Kept>();
        var subjectJobs = jobsOf(subject);
        var orderNumbers = new LinkedHashSet<String>();
        for (var job : subjectJobs) {
            jdbc.sql("update production_jobs set customer_id = null,"
                            + " reject_reason = case when reject_reason is null then null else :marker end"
                            + " where id = :id")
                    .param("marker", ERASED)
                    .param("id", job.id().value())
                    .update();
            orderNumbers.add(job.orderNumber());
        }
        if (!orderNumbers.isEmpty()) {
            erased.add("orders " + String.join(", ", orderNumbers) + ": the account reference of their production"
                    + " jobs, and the text of rejection reasons (" + REJECTIONS + ")");
            kept.add(new ErasureReport.Kept(
                    JOBS + " (orders " + String.join(", ", orderNumbers) + ")",
                    "which workshop made which item and when, by order number only: no name, address or contact"
                            + " data is stored here; kept as long as the orders module keeps the order",
                    null));
        }
        for (var member : workshops.membersByEmail(subject.email())) {
            workshops.removeMember(member.workshopId(), member.accountId());
            erased.add(CRAFTSMEN + ": the workshop membership of " + member.email());
        }
        if (erased.isEmpty()) {
            return ErasureReport.nothingHeld(HOLDER);
        }
        return new ErasureReport(HOLDER, erased, kept);
    }

    private List<Job> jobsOf(DataSubject subject) {
        var orderIds = new LinkedHashSet<UUID>();
        if (subject.customerId() != null) {
            orders.ofCustomer(new CustomerId(subject.customerId())).stream()
                    .map(OrderSummary::id)
                    .forEach(id -> orderIds.add(id.value()));
            jobs.ofCustomer(subject.customerId())
                    .forEach(job -> orderIds.add(job.orderId().value()));
        }
        orders.ofContactEmail(subject.email())
                .forEach(order -> orderIds.add(order.id().value()));
        return jobs.ofOrders(List.copyOf(orderIds));
    }
}
