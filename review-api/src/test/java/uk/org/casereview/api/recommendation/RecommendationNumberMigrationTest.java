package uk.org.casereview.api.recommendation;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.org.casereview.domain.recommendation.RecommendationMade;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database made before numbers were claimed: the migration claims, from the event store, the numbers its
 * recommendations already have (the first one recorded where a number was recorded twice), whatever the read models say.
 */
class RecommendationNumberMigrationTest {

    @Test
    void recordedRecommendationsKeepTheirNumbers() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("8").load().migrate();
        made(jdbc, "rec-1", "rr-1", "1");
        made(jdbc, "rec-2", "rr-1", "2");
        made(jdbc, "rec-3", "pr-1", "1");
        made(jdbc, "rec-4", "rr-1", "1"); // recorded twice in a race before numbers were claimed
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
                + " payload_type, payload) values (?, 'rec-1', 1, 'Recommendation', '2025-01-21T09:00:00Z', 'other.Event', ?)",
                UUID.randomUUID().toString(), "{\"sourceId\":\"x\",\"number\":\"9\"}".getBytes(StandardCharsets.UTF_8));

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        List<String> claimed = jdbc.query("select source_id, number, recommendation_id from recommendation_number order by recommendation_id",
                (rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "=" + rs.getString(3));
        assertThat(claimed).containsExactly("rr-1/1=rec-1", "rr-1/2=rec-2", "pr-1/1=rec-3");
    }

    private static void made(JdbcTemplate jdbc, String id, String sourceId, String number) {
        String payload = """
                {"recommendationId":"%s","sourceId":"%s","number":"%s","text":"Escalation training","themes":["NEGLECT"],
                 "madeOn":"2025-01-20"}""".formatted(id, sourceId, number);
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
                        + " payload_type, payload) values (?, ?, 0, 'Recommendation', '2025-01-20T09:00:00Z', ?, ?)",
                UUID.randomUUID().toString(), id, RecommendationMade.class.getName(), payload.getBytes(StandardCharsets.UTF_8));
    }
}
