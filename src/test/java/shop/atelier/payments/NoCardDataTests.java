package shop.atelier.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Promise C2: the shop never holds complete payment data. No table, class or page of the payments
 * module has anything named like a card number, PAN, CVC/CVV or expiry.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atelier.payments.sandbox.webhook-secret=" + NoCardDataTests.SECRET)
@Import(PaymentEventsCollector.class)
class NoCardDataTests {

    static final String SECRET = "payments-test-webhook-secret-7f3a9c";

    static final Pattern CARD_LIKE = Pattern.compile(
            "(?i)card|cvc|cvv|ccv|expir|security_?code|(^|_)(pan|exp|cc|ccnum)(_|$)|pan_|_pan|primary_?account");

    static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

    @Autowired
    JdbcClient jdbc;

    @Test
    void paymentsTablesHaveNoCardColumns() throws Exception {
        var tables = new ArrayList<String>();
        for (var migration :
                new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/payments/*.sql")) {
            var matcher = CREATE_TABLE.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                tables.add(matcher.group(1).toLowerCase());
            }
        }
        assertThat(tables).contains("payment_events", "sandbox_checkouts");

        var columns = jdbc.sql("select table_name || '.' || column_name from information_schema.columns "
                        + "where table_schema = current_schema() and table_name in (:tables)")
                .param("tables", tables)
                .query(String.class)
                .list();
        assertThat(columns).hasSizeGreaterThan(tables.size()).contains("payment_events.amount_minor");
        assertThat(columns)
                .noneMatch(column -> CARD_LIKE
                        .matcher(column.substring(column.indexOf('.') + 1))
                        .find());
    }

    @Test
    void paymentsClassesHaveNoCardFields() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("shop.atelier.payments");
        List<String> fields = classes.stream()
                .flatMap(type -> type.getFields().stream())
                .map(JavaField::getName)
                .filter(name -> !name.startsWith("$"))
                .toList();
        assertThat(fields)
                .contains("amount", "orderId")
                .noneMatch(name -> CARD_LIKE.matcher(snakeCase(name)).find());
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    }

    @Test
    void paymentPagesHaveNoInputFields() throws Exception {
        var pages = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/payments/**/*.html");
        assertThat(pages).isNotEmpty();
        for (var page : pages) {
            assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                    .as(page.getFilename())
                    .doesNotContainIgnoringCase("<input")
                    .doesNotContainIgnoringCase("<select")
                    .doesNotContainIgnoringCase("<textarea");
        }
    }
}
