package shop.atelier.privacy.internal.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.ShopProperties;
import shop.atelier.privacy.PolicyPublished;
import shop.atelier.privacy.PolicyVersions;

/**
 * The versions of the privacy policy, kept in PostgreSQL (promise V1). The version in force is the
 * latest published one; while none is published (a shop whose database predates versioning) it is
 * {@code atelier.shop.policy-version}. Publishing is once per version and announces {@link
 * PolicyPublished}, so registered customers hear of a material change.
 */
@Component
@Transactional
public class PolicyLibrary implements PolicyVersions {

    private static final String COLUMNS =
            "id, label, summary, material, body, status, created_at, updated_at, published_at, version";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ShopProperties shop;
    private final ApplicationEventPublisher events;

    PolicyLibrary(JdbcClient jdbc, Clock clock, ShopProperties shop, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shop = shop;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public String current() {
        return inForce().map(PolicyVersion::label).orElseGet(shop::policyVersion);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> summaryOf(String version) {
        return jdbc.sql("select summary from privacy_policy_versions where label = :label and status = 'PUBLISHED'")
                .param("label", version)
                .query(String.class)
                .optional();
    }

    /** The latest published version, if any is. */
    @Transactional(readOnly = true)
    public Optional<PolicyVersion> inForce() {
        return jdbc.sql("select " + COLUMNS + " from privacy_policy_versions where status = 'PUBLISHED'"
                        + " order by published_at desc, created_at desc limit 1")
                .query(PolicyLibrary::map)
                .optional();
    }

    /** The latest published version whose change was material, if any. */
    @Transactional(readOnly = true)
    public Optional<PolicyVersion> latestMaterial() {
        return jdbc.sql("select " + COLUMNS + " from privacy_policy_versions where status = 'PUBLISHED' and material"
                        + " order by published_at desc, created_at desc limit 1")
                .query(PolicyLibrary::map)
                .optional();
    }

    /** Every published version, the one in force first. */
    @Transactional(readOnly = true)
    public List<PolicyVersion> published() {
        return jdbc.sql("select " + COLUMNS + " from privacy_policy_versions where status = 'PUBLISHED'"
                        + " order by published_at desc, created_at desc")
                .query(PolicyLibrary::map)
                .list();
    }

    /** Every version, drafts first, then the published ones from the latest. */
    @Transactional(readOnly = true)
    public List<PolicyVersion> all() {
        return jdbc.sql("select " + COLUMNS + " from privacy_policy_versions"
                        + " order by (status = 'DRAFT') desc, published_at desc nulls first, created_at desc")
                .query(PolicyLibrary::map)
                .list();
    }

    @Transactional(readOnly = true)
    public PolicyVersion get(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from privacy_policy_versions where id = :id")
                .param("id", id)
                .query(PolicyLibrary::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("No policy version " + id));
    }

    /** A published version by its label; drafts are not public. */
    @Transactional(readOnly = true)
    public PolicyVersion publishedVersion(String label) {
        return jdbc.sql("select " + COLUMNS + " from privacy_policy_versions where label = :label"
                        + " and status = 'PUBLISHED'")
                .param("label", label)
                .query(PolicyLibrary::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("No published policy version " + label));
    }

    /** A new draft, its prose usually copied from the version in force and then edited. */
    public PolicyVersion draft(String label, String summary, boolean material, String body) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("""
                            insert into privacy_policy_versions
                                (id, label, summary, material, body, status, created_at, updated_at)
                            values (:id, :label, :summary, :material, :body, 'DRAFT', :now, :now)""")
                    .param("id", id)
                    .param("label", label.strip())
                    .param("summary", summary.strip())
                    .param("material", material)
                    .param("body", body)
                    .param("now", now)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new PolicyLabelTaken(label.strip());
        }
        return get(id);
    }

    /** Changes a draft; a published version refuses. */
    public PolicyVersion edit(UUID id, String label, String summary, boolean material, String body) {
        var existing = get(id);
        if (existing.published()) {
            throw new PolicyAlreadyPublished(existing.label());
        }
        try {
            var changed = jdbc.sql("""
                            update privacy_policy_versions
                            set label = :label, summary = :summary, material = :material, body = :body,
                                updated_at = :now, version = version + 1
                            where id = :id and status = 'DRAFT'""")
                    .param("id", id)
                    .param("label", label.strip())
                    .param("summary", summary.strip())
                    .param("material", material)
                    .param("body", body)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            if (changed == 0) {
                throw new PolicyAlreadyPublished(existing.label());
            }
        } catch (DuplicateKeyException taken) {
            throw new PolicyLabelTaken(label.strip());
        }
        return get(id);
    }

    /**
     * Puts a draft in force: from now on consent records name it and the public page shows it. Only
     * once: publishing a published version again is refused, also when two officers click at the
     * same time (the row's status decides).
     */
    public PolicyVersion publish(UUID id) {
        var existing = get(id);
        var changed = jdbc.sql("""
                        update privacy_policy_versions
                        set status = 'PUBLISHED', published_at = :now, updated_at = :now, version = version + 1
                        where id = :id and status = 'DRAFT'""")
                .param("id", id)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (changed == 0) {
            throw new PolicyAlreadyPublished(existing.label());
        }
        events.publishEvent(new PolicyPublished(existing.label(), existing.material()));
        return get(id);
    }

    private static PolicyVersion map(ResultSet rs, int row) throws SQLException {
        return new PolicyVersion(
                rs.getObject("id", UUID.class),
                rs.getString("label"),
                rs.getString("summary"),
                rs.getBoolean("material"),
                rs.getString("body"),
                PolicyVersion.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                instant(rs.getTimestamp("published_at")),
                rs.getLong("version"));
    }

    private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
