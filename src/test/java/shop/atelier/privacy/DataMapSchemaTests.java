package shop.atelier.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.privacy.spi.PersonalDataHolder;

/**
 * The data map is the truth about what the shop holds (promises R1, C1-C5): every column of every
 * table in the application's schema, infrastructure included, is declared by exactly one holder,
 * either as part of a category of personal data or as not personal. A new column without a
 * declaration, a declaration whose column is gone, and a column declared twice all fail here.
 */
@SpringBootTest
class DataMapSchemaTests {

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    JdbcClient jdbc;

    Set<String> liveColumns() {
        return new TreeSet<>(jdbc.sql("""
                        select c.table_name || '.' || c.column_name
                        from information_schema.columns c
                        join information_schema.tables t
                          on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                        """).query(String.class).list().stream()
                .map(column -> column.toLowerCase(Locale.ROOT))
                .toList());
    }

    /** Every declaration: the column, and who declared it how. */
    Map<String, List<String>> declarations() {
        var declared = new HashMap<String, List<String>>();
        for (var holder : holders) {
            var inventory = holder.inventory();
            for (var category : inventory.categories()) {
                for (var column : category.columns()) {
                    declared.computeIfAbsent(column.toLowerCase(Locale.ROOT), c -> new ArrayList<>())
                            .add(inventory.holder() + " (" + category.id() + ")");
                }
            }
            for (var column : inventory.notPersonal()) {
                declared.computeIfAbsent(column.toLowerCase(Locale.ROOT), c -> new ArrayList<>())
                        .add(inventory.holder() + " (not personal)");
            }
        }
        return declared;
    }

    @Test
    void theSchemaHasTables() {
        assertThat(liveColumns())
                .as("the schema the test reads")
                .contains("flyway_schema_history.script", "scheduled_tasks.task_name", "orders.contact_email");
    }

    @Test
    void everyColumnOfTheSchemaIsClassified() {
        var declared = declarations().keySet();
        var unclassified = liveColumns().stream()
                .filter(column -> !declared.contains(column))
                .toList();
        assertThat(unclassified)
                .as("columns neither in a personal-data category nor declared not personal by any"
                        + " PersonalDataHolder's inventory")
                .isEmpty();
    }

    @Test
    void everyDeclaredColumnExists() {
        var live = liveColumns();
        var stale = new TreeSet<>(declarations().keySet());
        stale.removeAll(live);
        assertThat(stale)
                .as("columns declared in the data map that the schema does not have (a stale map)")
                .isEmpty();
    }

    @Test
    void noColumnIsDeclaredTwice() {
        var twice = new TreeSet<String>();
        declarations().forEach((column, by) -> {
            if (by.size() > 1) {
                twice.add(column + " by " + String.join(", ", by));
            }
        });
        assertThat(twice).as("columns declared more than once").isEmpty();
    }

    @Test
    void everyPersonalColumnThatAnErasureKeepsIsPersonal() {
        var personal = new TreeSet<String>();
        var kept = new TreeSet<String>();
        for (var holder : holders) {
            var inventory = holder.inventory();
            inventory.categories().forEach(category -> personal.addAll(category.columns()));
            kept.addAll(inventory.keptOnErasure());
        }
        kept.removeAll(personal);
        assertThat(kept)
                .as("columns kept on erasure that no category of personal data declares")
                .isEmpty();
    }

    @Test
    void everyCategoryDeclaresWhatThePolicyMustSay() {
        var incomplete = new TreeSet<String>();
        for (var holder : holders) {
            for (var category : holder.inventory().categories()) {
                if (category.description().isBlank()
                        || category.purpose().isBlank()
                        || category.retention().isBlank()
                        || category.columns().isEmpty()) {
                    incomplete.add(holder.inventory().holder() + ": " + category.id());
                }
            }
        }
        assertThat(incomplete)
                .as("categories without description, purpose, retention rule (R1) or columns")
                .isEmpty();
    }
}
