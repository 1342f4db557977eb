package shop.atelier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.privacy.AuditLog;
import shop.atelier.privacy.internal.ChainVerification.Problem;

/**
 * The audit log is one linear hash chain (M3, D1): it verifies, an edited or deleted row is found by
 * its sequence number, plain UPDATE and DELETE are refused, and concurrent writers keep one chain.
 * Tests that break the chain repair it before they end, so the chain stays whole for every test.
 */
@PrivacyTest
class AuditChainTests {

    @Autowired
    AuditLog log;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    /** Appends three entries by a fresh actor and returns their sequence numbers, oldest first. */
    List<Long> threeEntries(String actor) {
        var customer = UUID.randomUUID();
        var order = UUID.randomUUID();
        log.record(actor, "STAFF", null, "view-order-contact", "order:" + order, customer, order);
        log.record(
                actor, "WORKSHOP", "Oak & Thread", "open-material", "material:1", customer, "Ann@Example.com", order);
        log.record(actor, "ADMIN", null, "view-order", "order:" + order, null, null);
        return chain.search(actor, null, null, null, null, null).stream()
                .map(AuditEntry::sequence)
                .sorted()
                .toList();
    }

    static String actor() {
        return "auditor-" + UUID.randomUUID();
    }

    /** Runs DDL and DML as the table's owner with the append-only trigger off, in one transaction. */
    void behindTheApplicationsBack(String sql, Map<String, ?> params) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("alter table privacy_audit_log disable trigger privacy_audit_log_no_change")
                    .update();
            var statement = jdbc.sql(sql);
            for (var param : params.entrySet()) {
                statement = statement.param(param.getKey(), param.getValue());
            }
            statement.update();
            jdbc.sql("alter table privacy_audit_log enable trigger privacy_audit_log_no_change")
                    .update();
        });
    }

    @Test
    void threeEntriesFormAChainThatVerifies() {
        var sequences = threeEntries(actor());

        assertThat(sequences).hasSize(3);
        var entries = chain.search(null, null, null, null, null, null);
        var byNumber = entries.stream()
                .filter(e -> sequences.contains(e.sequence()))
                .sorted(java.util.Comparator.comparingLong(AuditEntry::sequence))
                .toList();
        assertThat(byNumber.get(1).previousHash()).isEqualTo(byNumber.get(0).hash());
        assertThat(byNumber.get(2).previousHash()).isEqualTo(byNumber.get(1).hash());
        assertThat(byNumber.get(1).customerEmail()).isEqualTo("ann@example.com");
        assertThat(byNumber.get(1).workshop()).isEqualTo("Oak & Thread");
        var verification = chain.verify();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.entries()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anEditedRowIsFoundByItsSequenceNumber() {
        var sequences = threeEntries(actor());
        var edited = sequences.get(1);
        var original = jdbc.sql("select action from privacy_audit_log where sequence = :s")
                .param("s", edited)
                .query(String.class)
                .single();
        try {
            behindTheApplicationsBack(
                    "update privacy_audit_log set action = 'nothing-to-see' where sequence = :s", Map.of("s", edited));

            var verification = chain.verify();

            assertThat(verification.ok()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(edited);
            assertThat(verification.problem()).isEqualTo(Problem.HASH_MISMATCH);
        } finally {
            behindTheApplicationsBack(
                    "update privacy_audit_log set action = :a where sequence = :s", Map.of("s", edited, "a", original));
        }
        assertThat(chain.verify().ok()).isTrue();
    }

    @Test
    void anEditWhoseHashIsRecomputedBreaksTheNextLink() {
        var sequences = threeEntries(actor());
        var edited = sequences.get(0);
        var row = jdbc.sql("select hash from privacy_audit_log where sequence = :s")
                .param("s", edited)
                .query(String.class)
                .single();
        try {
            behindTheApplicationsBack(
                    "update privacy_audit_log set hash = :h where sequence = :s",
                    Map.of("s", edited, "h", "f".repeat(64)));

            var verification = chain.verify();

            // The forged hash does not match the row either; the walk stops at the first problem.
            assertThat(verification.brokenAt()).isEqualTo(edited);
            assertThat(verification.problem()).isEqualTo(Problem.HASH_MISMATCH);
        } finally {
            behindTheApplicationsBack(
                    "update privacy_audit_log set hash = :h where sequence = :s", Map.of("s", edited, "h", row));
        }
        assertThat(chain.verify().ok()).isTrue();
    }

    @Test
    void aDeletedRowIsFoundAsAGap() {
        var sequences = threeEntries(actor());
        var deleted = sequences.get(1);
        var row = jdbc.sql("select * from privacy_audit_log where sequence = :s")
                .param("s", deleted)
                .query((rs, n) -> AuditChain.entry(rs))
                .single();
        try {
            behindTheApplicationsBack("delete from privacy_audit_log where sequence = :s", Map.of("s", deleted));

            var verification = chain.verify();

            assertThat(verification.ok()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(deleted);
            assertThat(verification.problem()).isEqualTo(Problem.GAP);
        } finally {
            jdbc.sql("""
                            insert into privacy_audit_log (sequence, previous_hash, hash, actor, role, workshop, action,
                                resource, customer_id, customer_email, order_id, at)
                            values (:sequence, :previous, :hash, :actor, :role, :workshop, :action,
                                :resource, :customer, :email, :order, :at)""")
                    .param("sequence", row.sequence())
                    .param("previous", row.previousHash())
                    .param("hash", row.hash())
                    .param("actor", row.actor())
                    .param("role", row.role())
                    .param("workshop", row.workshop())
                    .param("action", row.action())
                    .param("resource", row.resource())
                    .param("customer", row.customerId())
                    .param("email", row.customerEmail())
                    .param("order", row.orderId())
                    .param("at", java.sql.Timestamp.from(row.at()))
                    .update();
        }
        assertThat(chain.verify().ok()).isTrue();
    }

    @Test
    void plainUpdateAndDeleteAreRefused() {
        var sequences = threeEntries(actor());
        var last = sequences.get(2);

        assertThatThrownBy(() -> jdbc.sql("update privacy_audit_log set actor = 'x' where sequence = :s")
                        .param("s", last)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from privacy_audit_log where sequence = :s")
                        .param("s", last)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from privacy_audit_log where sequence = :s")
                        .param("s", last)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(chain.verify().ok()).isTrue();
    }

    @Test
    void concurrentWritersKeepOneChain() throws Exception {
        var actor = actor();
        int threads = 4;
        int each = 15;
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(threads);
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int t = 0; t < threads; t++) {
                var thread = t;
                tasks.add(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        log.record(actor, "STAFF", null, "view-order", "order:" + thread + "-" + i, null, null);
                    }
                    return null;
                });
            }
            var futures = tasks.stream().map(executor::submit).toList();
            start.countDown();
            for (var future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        var mine = chain.search(actor, null, null, null, null, null);
        assertThat(mine).hasSize(threads * each);
        assertThat(mine).extracting(AuditEntry::sequence).doesNotHaveDuplicates();
        assertThat(mine).extracting(AuditEntry::previousHash).doesNotHaveDuplicates();
        assertThat(chain.verify().ok()).isTrue();
    }
}
