package shop.atelier.production.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.orders.OrderId;
import shop.atelier.production.JobId;
import shop.atelier.production.JobState;
import shop.atelier.production.WorkshopId;

/** The jobs, stored with optimistic locking: two clicks racing on one job cannot both win. */
@Repository
class Jobs {

    private static final String COLUMNS = "id, workshop_id, order_id, order_number, customer_id, line_id,"
            + " product_name, variant_name, quantity, due_on, state, reject_reason, assigned_by, assigned_at,"
            + " state_since, version";

    private final JdbcClient jdbc;

    Jobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Job job) {
        if (job.isNew()) {
            jdbc.sql("insert into production_jobs (" + COLUMNS + ")"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(
                            job.id().value(),
                            job.workshopId().value(),
                            job.orderId().value(),
                            job.orderNumber(),
                            job.customerId(),
                            job.lineId(),
                            job.productName(),
                            job.variantName(),
                            job.quantity(),
                            Date.valueOf(job.dueOn()),
                            job.state().name(),
                            job.rejectReason(),
                            job.assignedBy(),
                            Timestamp.from(job.assignedAt()),
                            Timestamp.from(job.stateSince()))
                    .update();
            return;
        }
        var updated = jdbc.sql("update production_jobs set state = ?, reject_reason = ?, state_since = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .params(
                        job.state().name(),
                        job.rejectReason(),
                        Timestamp.from(job.stateSince()),
                        job.id().value(),
                        job.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Job " + job.id() + " was changed meanwhile");
        }
    }

    Optional<Job> findById(JobId id) {
        return jdbc.sql("select " + COLUMNS + " from production_jobs where id = ?")
                .param(id.value())
                .query(Jobs::job)
                .optional();
    }

    List<Job> ofOrder(OrderId orderId) {
        return jdbc.sql("select " + COLUMNS + " from production_jobs where order_id = ? order by assigned_at")
                .param(orderId.value())
                .query(Jobs::job)
                .list();
    }

    List<Job> openOf(WorkshopId workshopId) {
        return jdbc.sql("select " + COLUMNS + " from production_jobs where workshop_id = ?"
                        + " and state in ('ASSIGNED', 'IN_PROGRESS') order by due_on, assigned_at")
                .param(workshopId.value())
                .query(Jobs::job)
                .list();
    }

    /** Open jobs, and rejected jobs whose line has not been given anew: what staff follow. */
    List<Job> needingAttention() {
        return jdbc.sql("select " + COLUMNS + " from production_jobs j where state in ('ASSIGNED', 'IN_PROGRESS')"
                        + " or (state = 'REJECTED' and not exists (select 1 from production_jobs o"
                        + " where o.line_id = j.line_id and o.assigned_at > j.assigned_at))"
                        + " order by due_on, assigned_at limit 500")
                .query(Jobs::job)
                .list();
    }

    List<Job> ofCustomer(UUID customerId) {
        return jdbc.sql("select " + COLUMNS + " from production_jobs where customer_id = ? order by assigned_at")
                .param(customerId)
                .query(Jobs::job)
                .list();
    }

    List<Job> ofOrders(List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from production_jobs where order_id in (:ids) order by assigned_at")
                .param("ids", orderIds)
                .query(Jobs::job)
                .list();
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        return new Job(
                new JobId(rs.getObject("id", UUID.class)),
                new WorkshopId(rs.getObject("workshop_id", UUID.class)),
                new OrderId(rs.getObject("order_id", UUID.class)),
                rs.getString("order_number"),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("line_id", UUID.class),
                rs.getString("product_name"),
                rs.getString("variant_name"),
                rs.getInt("quantity"),
                rs.getDate("due_on").toLocalDate(),
                JobState.valueOf(rs.getString("state")),
                rs.getString("reject_reason"),
                rs.getString("assigned_by"),
                rs.getTimestamp("assigned_at").toInstant(),
                rs.getTimestamp("state_since").toInstant(),
                rs.getLong("version"));
    }
}
