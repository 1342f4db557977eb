package shop.atelier.privacy.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import shop.atelier.privacy.spi.NoPersonalData;

/**
 * The platform's infrastructure tables in the data map: database migrations, the durable event
 * registry (events carry ids, never personal data) and the job scheduler. None holds anything about
 * a person. The platform cannot implement the privacy SPI itself (privacy builds on the platform),
 * so the privacy module declares them; the session tables are declared by the customers module,
 * which signs people in and out.
 */
@Component
class PlatformDataMap extends NoPersonalData {

    static final String HOLDER = "platform";
    private static final List<String> NOT_PERSONAL = List.of(
            "flyway_schema_history.installed_rank",
            "flyway_schema_history.version",
            "flyway_schema_history.description",
            "flyway_schema_history.type",
            "flyway_schema_history.script",
            "flyway_schema_history.checksum",
            "flyway_schema_history.installed_by",
            "flyway_schema_history.installed_on",
            "flyway_schema_history.execution_time",
            "flyway_schema_history.success",
            "event_publication.id",
            "event_publication.listener_id",
            "event_publication.event_type",
            "event_publication.serialized_event",
            "event_publication.publication_date",
            "event_publication.completion_date",
            "event_publication.status",
            "event_publication.completion_attempts",
            "event_publication.last_resubmission_date",
            "scheduled_tasks.task_name",
            "scheduled_tasks.task_instance",
            "scheduled_tasks.task_data",
            "scheduled_tasks.execution_time",
            "scheduled_tasks.picked",
            "scheduled_tasks.picked_by",
            "scheduled_tasks.last_success",
            "scheduled_tasks.last_failure",
            "scheduled_tasks.consecutive_failures",
            "scheduled_tasks.last_heartbeat",
            "scheduled_tasks.version",
            "scheduled_tasks.priority");

    PlatformDataMap() {
        super(HOLDER, NOT_PERSONAL);
    }
}
