package shop.atelier.production.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shop.atelier.production.WorkshopId;

/** Workshops and their members. */
@Repository
class Workshops {

    private final JdbcClient jdbc;

    Workshops(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Workshop workshop) {
        try {
            jdbc.sql("insert into production_workshops (id, name, contact_email, active, created_at, version)"
                            + " values (?, ?, ?, ?, ?, 0)")
                    .params(
                            workshop.id().value(),
                            workshop.name(),
                            workshop.contactEmail(),
                            workshop.active(),
                            Timestamp.from(workshop.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new WorkshopNameTaken();
        }
    }

    void update(Workshop workshop) {
        int updated;
        try {
            updated = jdbc.sql("update production_workshops set name = ?, contact_email = ?, active = ?,"
                            + " version = version + 1 where id = ? and version = ?")
                    .params(
                            workshop.name(),
                            workshop.contactEmail(),
                            workshop.active(),
                            workshop.id().value(),
                            workshop.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new WorkshopNameTaken();
        }
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Workshop " + workshop.id() + " was changed meanwhile");
        }
    }

    Optional<Workshop> findById(WorkshopId id) {
        return jdbc.sql("select * from production_workshops where id = ?")
                .param(id.value())
                .query(Workshops::workshop)
                .optional();
    }

    List<Workshop> all() {
        return jdbc.sql("select * from production_workshops order by lower(name)")
                .query(Workshops::workshop)
                .list();
    }

    List<Member> members(WorkshopId id) {
        return jdbc.sql("select * from production_members where workshop_id = ? order by lower(name)")
                .param(id.value())
                .query(Workshops::member)
                .list();
    }

    Optional<Member> memberByAccount(UUID accountId) {
        return jdbc.sql("select * from production_members where account_id = ?")
                .param(accountId)
                .query(Workshops::member)
                .optional();
    }

    /** @param email normalized (trimmed, lower-case), as the account's sign-in name is */
    Optional<Member> memberByEmail(String email) {
        return jdbc.sql("select * from production_members where email = ?")
                .param(email)
                .query(Workshops::member)
                .optional();
    }

    List<Member> membersByEmail(String email) {
        return jdbc.sql("select * from production_members where email = ?")
                .param(email)
                .query(Workshops::member)
                .list();
    }

    void addMember(Member member) {
        try {
            jdbc.sql("insert into production_members (account_id, workshop_id, name, email, added_at, added_by)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            member.accountId(),
                            member.workshopId().value(),
                            member.name(),
                            member.email(),
                            Timestamp.from(member.addedAt()),
                            member.addedBy())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyMember();
        }
    }

    boolean removeMember(WorkshopId workshopId, UUID accountId) {
        return jdbc.sql("delete from production_members where workshop_id = ? and account_id = ?")
                        .params(workshopId.value(), accountId)
                        .update()
                == 1;
    }

    private static Workshop workshop(ResultSet rs, int row) throws SQLException {
        return new Workshop(
                new WorkshopId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("contact_email"),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getObject("account_id", UUID.class),
                new WorkshopId(rs.getObject("workshop_id", UUID.class)),
                rs.getString("name"),
                rs.getString("email"),
                rs.getTimestamp("added_at").toInstant(),
                rs.getString("added_by"));
    }
}
