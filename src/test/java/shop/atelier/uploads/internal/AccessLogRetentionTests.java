package shop.atelier.uploads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The access log keeps an entry for its retention period, then forgets it (R1). */
@UploadsTest
class AccessLogRetentionTests {

    @Autowired
    AccessLogRetention retention;

    @Autowired
    UploadsProperties properties;

    @Autowired
    JdbcClient jdbc;

    String entryAt(Instant at) {
        var token = "retention-" + UUID.randomUUID();
        jdbc.sql("""
                        insert into upload_access_log (outcome, reason, token_sha256, accessed_at)
                        values ('DENIED', 'malformed', :token, :at)""").param("token", token).param("at", Timestamp.from(at)).update();
        return token;
    }

    boolean kept(String token) {
        return jdbc.sql("select count(*) from upload_access_log where token_sha256 = :token")
                        .param("token", token)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Test
    void entriesOlderThanTheRetentionPeriodAreDeleted() {
        var now = Instant.now();
        var old = entryAt(now.minus(properties.accessLogRetention()).minus(Duration.ofDays(1)));
        var recent = entryAt(now.minus(properties.accessLogRetention()).plus(Duration.ofDays(1)));

        retention.deleteExpired();

        assertThat(kept(old)).isFalse();
        assertThat(kept(recent)).isTrue();
    }
}
