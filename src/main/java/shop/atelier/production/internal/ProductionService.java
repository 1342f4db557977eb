package shop.atelier.production.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderId;
import shop.atelier.orders.OrderLineSummary;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.OrderSummary;
import shop.atelier.orders.Orders;
import shop.atelier.platform.NotFoundException;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosure.RecipientKind;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.production.JobId;
import shop.atelier.production.JobState;
import shop.atelier.production.OrderMade;
import shop.atelier.production.WorkshopId;

/**
 * What staff do: keep the workshops and their craftsmen, give approved order lines to workshops
 * (recording the disclosure in the same transaction) and follow the jobs. {@link WorkshopPortal} is
 * the craftsmen's side.
 */
@Service
@Transactional
public class ProductionService {

    private final Workshops workshops;
    private final Jobs jobs;
    private final Orders orders;
    private final Customers customers;
    private final Disclosures disclosures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductionService(
            Workshops workshops,
            Jobs jobs,
            Orders orders,
            Customers customers,
            Disclosures disclosures,
            ApplicationEventPublisher events,
            Clock clock) {
        this.workshops = workshops;
        this.jobs = jobs;
        this.orders = orders;
        this.customers = customers;
        this.disclosures = disclosures;
        this.events = events;
        this.clock = clock;
    }

    /** A workshop with its craftsmen, for the staff page. */
    public record WorkshopDetails(Workshop workshop, List<Member> members) {}

    /** One line of an order in production, with its current job (open or done) and its history. */
    public record LineForProduction(
            OrderLineSummary line, @Nullable Job current, List<Job> earlier) {

        public boolean assignable() {
            return current == null;
        }
    }

    /** An order as staff see it on the production page. */
    public record OrderForProduction(OrderSummary order, List<LineForProduction> lines) {

        public boolean inProduction() {
            return order.status() == OrderStatus.IN_PRODUCTION;
        }
    }

    public Workshop createWorkshop(String name, @Nullable String contactEmail, boolean active) {
        var workshop =
                new Workshop(WorkshopId.random(), name.strip(), normalize(contactEmail), active, clock.instant(), 0);
        workshops.insert(workshop);
        return workshop;
    }

    public Workshop updateWorkshop(WorkshopId id, String name, @Nullable String contactEmail, boolean active) {
        var current = workshop(id);
        var changed =
                new Workshop(id, name.strip(), normalize(contactEmail), active, current.createdAt(), current.version());
        workshops.update(changed);
        return changed;
    }

    @Transactional(readOnly = true)
    public List<Workshop> workshops() {
        return workshops.all();
    }

    @Transactional(readOnly = true)
    public Workshop workshop(WorkshopId id) {
        return workshops.findById(id).orElseThrow(() -> new NotFoundException("No such workshop"));
    }

    @Transactional(readOnly = true)
    public WorkshopDetails details(WorkshopId id) {
        return new WorkshopDetails(workshop(id), workshops.members(id));
    }

    /**
     * Gives the person a craftsman's account (or reuses their workshop account) and makes it a member
     * of the workshop; the customers module emails them the link to choose a password.
     *
     * @throws shop.atelier.customers.WorkshopAccountRefused if the address is a customer's or staff's
     * @throws AlreadyMember if the account belongs to a workshop already
     */
    public Member invite(WorkshopId id, String name, String email, String staff) {
        workshop(id);
        var normalized = email.strip().toLowerCase(Locale.ROOT);
        var accountId = customers.inviteWorkshopUser(normalized, name.strip()).value();
        if (workshops.memberByAccount(accountId).isPresent()) {
            throw new AlreadyMember();
        }
        var member = new Member(accountId, id, name.strip(), normalized, clock.instant(), staff);
        workshops.addMember(member);
        return member;
    }

    /** The craftsman loses access to the portal at once: every portal request checks membership. */
    public void removeMember(WorkshopId id, UUID accountId) {
        if (!workshops.removeMember(id, accountId)) {
            throw new NotFoundException("No such member");
        }
    }

    @Transactional(readOnly = true)
    public List<Job> needingAttention() {
        return jobs.needingAttention();
    }

    /** Orders in production with at least one item no workshop has (oldest first, at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<OrderForProduction> awaitingAssignment(int limit) {
        return orders.withStatus(OrderStatus.IN_PRODUCTION, limit).stream()
                .map(this::forProduction)
                .filter(order -> order.lines().stream().anyMatch(LineForProduction::assignable))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<WorkshopId, String> workshopNames() {
        return workshops.all().stream().collect(Collectors.toMap(Workshop::id, Workshop::name));
    }

    @Transactional(readOnly = true)
    public Optional<OrderForProduction> order(String number) {
        return orders.summary(number.strip()).map(this::forProduction);
    }

    @Transactional(readOnly = true)
    public OrderForProduction order(OrderId id) {
        return orders.summary(id).map(this::forProduction).orElseThrow(() -> new NotFoundException("No such order"));
    }

    private OrderForProduction forProduction(OrderSummary order) {
        var byLine = jobs.ofOrder(order.id()).stream().collect(Collectors.groupingBy(Job::lineId));
        var lines = new ArrayList<LineForProduction>();
        for (var line : orders.lines(order.id())) {
            var lineJobs = byLine.getOrDefault(line.lineId(), List.of());
            var current = lineJobs.stream()
                    .filter(job -> job.state().open() || job.state() == JobState.DONE)
                    .findFirst()
                    .orElse(null);
            var earlier = lineJobs.stream().filter(job -> job != current).toList();
            lines.add(new LineForProduction(line, current, earlier));
        }
        return new OrderForProduction(order, lines);
    }

    /**
     * Gives an order line to a workshop and records, in the same transaction, what the workshop is
     * shown about the customer (promise S2). An open job of the line is taken back first when
     * {@code reassign} is set.
     *
     * @throws LineNotAssignable when the order is not in production, the workshop is inactive, or
     *     the line has an open or done job (and {@code reassign} is not set)
     */
    public Job assign(OrderId orderId, UUID lineId, WorkshopId workshopId, LocalDate dueOn, String staff) {
        var workshop = workshop(workshopId);
        if (!workshop.active()) {
            throw new LineNotAssignable("The workshop " + workshop.name() + " takes no new jobs.");
        }
        var order = orders.summary(orderId).orElseThrow(() -> new NotFoundException("No such order"));
        if (order.status() != OrderStatus.IN_PRODUCTION) {
            throw new LineNotAssignable("Order " + order.number() + " is not in production.");
        }
        var line = orders.lines(orderId).stream()
                .filter(l -> l.lineId().equals(lineId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No such order line"));
        var now = clock.instant();
        if (dueOn.isBefore(LocalDate.ofInstant(now, clock.getZone()))) {
            throw new IllegalArgumentException("The due date must not be in the past");
        }
        var current = jobs.ofOrder(orderId).stream()
                .filter(job -> job.lineId().equals(lineId))
                .filter(job -> job.state().open() || job.state() == JobState.DONE)
                .findFirst();
        if (current.isPresent()) {
            throw new LineNotAssignable("This line of order " + order.number() + " already has a job.");
        }
        var job = Job.assign(
                workshopId,
                orderId,
                order.number(),
                order.customerId() == null ? null : order.customerId().value(),
                lineId,
                line.productName(),
                line.variantName(),
                line.quantity(),
                dueOn,
                staff,
                now);
        try {
            jobs.save(job);
        } catch (DuplicateKeyException raceLost) {
            throw new LineNotAssignable("This line of order " + order.number() + " already has a job.");
        }
        disclosures.record(new Disclosure(
                workshop.name(),
                RecipientKind.WORKSHOP,
                "make order " + order.number(),
                LegalBasis.CONTRACT,
                categories(line),
                order.customerId() == null ? null : order.customerId().value(),
                orders.contactEmail(orderId).orElse(null),
                orderId.value(),
                now,
                null));
        return job;
    }

    /** Staff take an open job back from its workshop, e.g. to give the line to another workshop. */
    public Job withdraw(JobId id) {
        var job = job(id);
        job.withdraw(clock.instant());
        jobs.save(job);
        return job;
    }

    @Transactional(readOnly = true)
    public Job job(JobId id) {
        return jobs.findById(id).orElseThrow(() -> new NotFoundException("No such job"));
    }

    /** Publishes {@link OrderMade} when the job just done was the order's last line to be made. */
    void afterDone(Job done) {
        var doneLines = jobs.ofOrder(done.orderId()).stream()
                .filter(job -> job.state() == JobState.DONE)
                .map(Job::lineId)
                .collect(Collectors.toSet());
        var lines = orders.lines(done.orderId());
        if (!lines.isEmpty() && lines.stream().allMatch(line -> doneLines.contains(line.lineId()))) {
            events.publishEvent(new OrderMade(done.orderId()));
        }
    }

    /** The data categories of the customer's a workshop sees for this line. */
    static List<String> categories(OrderLineSummary line) {
        var categories = new LinkedHashSet<String>();
        categories.add("order.items");
        for (var value : line.personalization()) {
            categories.add(
                    switch (value.type()) {
                        case TEXT -> "content.personalization_text";
                        case PHOTO -> "content.self_image";
                        case VIDEO, TEXT_FILE -> "content.customer_material";
                    });
        }
        if (line.needsProof()) {
            categories.add("content.proof_preview");
        }
        return List.copyOf(categories);
    }

    private static @Nullable String normalize(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
