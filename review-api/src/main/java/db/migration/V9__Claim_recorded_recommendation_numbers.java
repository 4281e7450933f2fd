package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.org.casereview.domain.recommendation.RecommendationMade;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Claims the numbers of the recommendations already recorded, read from the event store (the read models may lag
 * behind it, or be empty mid-rebuild). Where a number was recorded twice before numbers were claimed, the first keeps it.
 */
public class V9__Claim_recorded_recommendation_numbers extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Set<String> claimed = new HashSet<>();
        try (PreparedStatement made = context.getConnection().prepareStatement(
                "select payload from domain_event_entry where payload_type = ? order by global_index");
             PreparedStatement claim = context.getConnection().prepareStatement(
                     "insert into recommendation_number (source_id, number, recommendation_id) values (?, ?, ?)")) {
            made.setString(1, RecommendationMade.class.getName());
            try (ResultSet rs = made.executeQuery()) {
                while (rs.next()) {
                    JsonNode event = JSON.readTree(rs.getBytes(1));
                    String sourceId = event.path("sourceId").asText();
                    String number = event.path("number").asText();
                    if (claimed.add(sourceId + "\u0000" + number)) {
                        claim.setString(1, sourceId);
                        claim.setString(2, number);
                        claim.setString(3, event.path("recommendationId").asText());
                        claim.addBatch();
                    }
                }
            }
            claim.executeBatch();
        }
    }
}
