package shop.atelier.marketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class MarketingKeysTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MarketingKeys keys;

    @Test
    void theSecretIsMadeEvenWhenItsFirstUseIsInsideAReadOnlyTransaction() {
        var before = keys.addressHash("someone@example.com");
        var stored = jdbc.sql("select secret from marketing_keys where name = 'address-hmac'")
                .query(byte[].class)
                .single();
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        try {
            jdbc.sql("delete from marketing_keys where name = 'address-hmac'").update();
            var fresh = new MarketingKeys(jdbc, Clock.systemUTC(), transactions);

            var hash = readOnly.execute(status -> fresh.addressHash("someone@example.com"));

            assertThat(hash).hasSize(64).isNotEqualTo(before);
            assertThat(jdbc.sql("select count(*) from marketing_keys where name = 'address-hmac'")
                            .query(Integer.class)
                            .single())
                    .as("the new secret was kept for every node")
                    .isEqualTo(1);
        } finally {
            jdbc.sql("delete from marketing_keys where name = 'address-hmac'").update();
            jdbc.sql("insert into marketing_keys (name, secret, created_at) values ('address-hmac', ?, now())")
                    .param(stored)
                    .update();
        }
        assertThat(keys.addressHash("someone@example.com")).isEqualTo(before);
    }
}
