package uk.org.casereview.projections.readmodel;

import org.junit.jupiter.api.Test;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rebuild's bulk load drops the read-model tables' secondary indexes and creates exactly the same ones again. */
class SecondaryIndexesTest {

    private final ReadModelFixture fx = new ReadModelFixture();
    private final SecondaryIndexes indexes = new SecondaryIndexes(fx.jdbc);

    @Test
    void theDefinitionsAreReadFromTheSchemaTheMigrationsMade() throws IOException {
        Map<String, String> definitions = indexesNow();
        Set<String> declared = new TreeSet<>();
        for (String name : new String[]{"V2__read_models.sql", "V10__rules_of_evidence.sql", "V30__dated_facts.sql",
                "V31__yearly_report_index.sql", "V32__yearly_report_late_completion_index.sql", "V41__covering_period_indexes.sql",
                "V42__daily_counts_and_rag_periods.sql", "V43__learning_theme_indexes.sql"}) {
            try (InputStream migration = getClass().getResourceAsStream("/db/migration/" + name)) {
                Matcher index = Pattern.compile("(?m)^create index (\\w+) on").matcher(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
                while (index.find()) {
                    declared.add(index.group(1));
                }
            }
        }

        assertThat(definitions)
                .containsEntry("recommendation_made_on", "create index if not exists recommendation_made_on on recommendation (made_on desc, id)")
                .containsEntry("action_overdue_period_class", "create index if not exists action_overdue_period_class"
                        + " on action_overdue_period (length_class, to_on, from_on, agency, due_on, recommendation_id, action_id)")
                .containsOnlyKeys(declared);
    }

    @Test
    void droppedForTheLoadAndCreatedAgainAfterIt() {
        Map<String, String> before = indexesNow();

        indexes.drop(ReadModelFixture.TABLES);
        assertThat(indexesNow()).isEmpty();
        assertThat(indexes.saved()).isEqualTo(before);

        indexes.restore();
        assertThat(indexesNow()).isEqualTo(before);
        assertThat(indexes.saved()).isEmpty();
    }

    @Test
    void aLoadInterruptedByAStopFindsTheIndexesItDroppedWhenItStartsAgain() {
        Map<String, String> before = indexesNow();
        indexes.drop(ReadModelFixture.TABLES);

        indexes.drop(ReadModelFixture.TABLES); // the next start: the schema has no indexes left to read
        assertThat(indexes.saved()).isEqualTo(before);
        indexes.restore();

        assertThat(indexesNow()).isEqualTo(before);
    }

    @Test
    void anIndexThatCannotBeBuiltIsKeptForTheNextLoadAndTheOthersAreBuilt() {
        Map<String, String> before = indexesNow();
        indexes.drop(ReadModelFixture.TABLES);
        fx.jdbc.update("insert into read_model_index (name, definition) values (?, ?)", "no_such_index",
                "create index if not exists no_such_index on no_such_table (id)");

        assertThatThrownBy(indexes::restore).isInstanceOf(RuntimeException.class).hasMessageContaining("no_such_table");

        assertThat(indexesNow()).isEqualTo(before);
        assertThat(indexes.saved()).containsOnlyKeys("no_such_index");
    }

    @Test
    void theTableOfADefinition() {
        assertThat(SecondaryIndexes.tableOf("create index if not exists recommendation_made_on on recommendation (made_on desc, id)"))
                .isEqualTo("recommendation");
        assertThat(SecondaryIndexes.tableOf("create index if not exists x_on_y ON Action_Period(length_class)")).isEqualTo("action_period");
        assertThatThrownBy(() -> SecondaryIndexes.tableOf("drop index x")).isInstanceOf(IllegalArgumentException.class);
    }

    private Map<String, String> indexesNow() {
        return fx.jdbc.execute((Connection connection) -> SecondaryIndexes.definitions(connection, ReadModelFixture.TABLES));
    }
}
