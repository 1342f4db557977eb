package shop.atelier.production.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.orders.OrderLineSummary;
import shop.atelier.orders.Orders;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.Roles;
import shop.atelier.privacy.AuditLog;
import shop.atelier.production.JobId;

/**
 * What a craftsman does, checked on every call: the signed-in account must be a member of a
 * workshop, and a job must be that workshop's and open. A job of another workshop, a job that is
 * done, rejected or taken back, or a removed member all get {@link AccessDeniedException} (403).
 */
@Service
@Transactional
public class WorkshopPortal {

    private final Workshops workshops;
    private final Jobs jobs;
    private final Orders orders;
    private final AuditLog auditLog;
    private final ProductionService production;
    private final Clock clock;

    WorkshopPortal(
            Workshops workshops,
            Jobs jobs,
            Orders orders,
            AuditLog auditLog,
            ProductionService production,
            Clock clock) {
        this.workshops = workshops;
        this.jobs = jobs;
        this.orders = orders;
        this.auditLog = auditLog;
        this.production = production;
        this.clock = clock;
    }

    /** The craftsman's workshop, as the portal shows it. */
    public record Membership(Workshop workshop, String principal) {}

    /** An open job of the craftsman's workshop with the line it makes (empty if the order forgot it). */
    public record OpenJob(Job job, Optional<OrderLineSummary> line) {}

    /**
     * The workshop of the signed-in craftsman.
     *
     * @throws AccessDeniedException when the account belongs to no workshop (any more)
     */
    @Transactional(readOnly = true)
    public Membership membership(String principal) {
        var member = workshops
                .memberByEmail(principal.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new AccessDeniedException("Not a member of a workshop"));
        var workshop = workshops
                .findById(member.workshopId())
                .orElseThrow(() -> new AccessDeniedException("Not a member of a workshop"));
        return new Membership(workshop, principal);
    }

    @Transactional(readOnly = true)
    public List<Job> openJobs(Membership membership) {
        return jobs.openOf(membership.workshop().id());
    }

    /**
     * One open job of the craftsman's workshop with what making it needs; every view is audited.
     *
     * @throws NotFoundException when there is no such job
     * @throws AccessDeniedException when it is another workshop's, or no longer open
     */
    public OpenJob view(Membership membership, JobId id) {
        var job = openJob(membership, id);
        auditLog.record(
                membership.principal(),
                Roles.WORKSHOP,
                membership.workshop().name(),
                "view-job",
                "order:" + job.orderId(),
                job.customerId(),
                orders.contactEmail(job.orderId()).orElse(null),
                job.orderId().value());
        var line = orders.lines(job.orderId()).stream()
                .filter(l -> l.lineId().equals(job.lineId()))
                .findFirst();
        return new OpenJob(job, line);
    }

    public Job start(Membership membership, JobId id) {
        var job = openJob(membership, id);
        job.start(clock.instant());
        jobs.save(job);
        return job;
    }

    /** Finishes the job; when it was the order's last line, announces {@code OrderMade}. */
    public Job finish(Membership membership, JobId id) {
        var job = openJob(membership, id);
        job.finish(clock.instant());
        jobs.save(job);
        production.afterDone(job);
        return job;
    }

    public Job reject(Membership membership, JobId id, String reason) {
        var job = openJob(membership, id);
        job.reject(reason, clock.instant());
        jobs.save(job);
        return job;
    }

    private Job openJob(Membership membership, JobId id) {
        var current = membership(membership.principal());
        var job = jobs.findById(id).orElseThrow(() -> new NotFoundException("No such job"));
        if (!job.workshopId().equals(current.workshop().id()) || !job.state().open()) {
            throw new AccessDeniedException("This job is not open for your workshop");
        }
        return job;
    }
}
