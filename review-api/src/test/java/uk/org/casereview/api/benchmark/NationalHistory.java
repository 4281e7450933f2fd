package uk.org.casereview.api.benchmark;

import org.flywaydb.core.Flyway;
import uk.org.casereview.domain.practicereview.FinalReportSent;
import uk.org.casereview.domain.practicereview.PracticeReviewCommissioned;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PracticeReviewPublished;
import uk.org.casereview.domain.practicereview.PublicationDelayRecorded;
import uk.org.casereview.domain.practicereview.PublicationScope;
import uk.org.casereview.domain.practicereview.PublicationWithheld;
import uk.org.casereview.domain.practicereview.ReviewerAppointed;
import uk.org.casereview.domain.rapidreview.HarmCategory;
import uk.org.casereview.domain.rapidreview.NationalPanelResponded;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.domain.rapidreview.RapidReviewDecisionRecorded;
import uk.org.casereview.domain.rapidreview.RapidReviewMeetingHeld;
import uk.org.casereview.domain.rapidreview.RapidReviewSubmittedToPanel;
import uk.org.casereview.domain.rapidreview.SeriousIncidentNotified;
import uk.org.casereview.domain.recommendation.ActionAssigned;
import uk.org.casereview.domain.recommendation.ActionDueDateRevised;
import uk.org.casereview.domain.recommendation.ActionEvidenceAccepted;
import uk.org.casereview.domain.recommendation.ActionEvidenceReturned;
import uk.org.casereview.domain.recommendation.ActionEvidenced;
import uk.org.casereview.domain.recommendation.ActionProgressReported;
import uk.org.casereview.domain.recommendation.RecommendationAccepted;
import uk.org.casereview.domain.recommendation.RecommendationClosed;
import uk.org.casereview.domain.recommendation.RecommendationDeclined;
import uk.org.casereview.domain.recommendation.RecommendationMade;
import uk.org.casereview.domain.referencedata.ReferenceData;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import uk.org.casereview.api.axon.AxonConfiguration;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A synthetic national-scale history, the same every time for the same size: rapid reviews, practice reviews and
 * recommendations with their actions over ten reporting years, each following the domain's rules (dates in order,
 * nothing after "today"). Events come out in business-date order, as they would have been recorded.
 */
public final class NationalHistory {

    /** One event to append: its aggregate, its sequence number in it, the aggregate type, and the business date. */
    public record Generated(String aggregateId, long seq, String aggregateType, LocalDate on, Object payload) {
    }

    private static final List<String> AGENCIES = List.copyOf(ReferenceData.defaults().agencies().keySet());
    private static final List<String> THEMES = List.copyOf(ReferenceData.defaults().themes().keySet());

    private final Random random = new Random(20261120L);
    private final LocalDate start;
    private final LocalDate today;
    private final List<Generated> events = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private int counter;

    private record Source(String id, LocalDate madeFrom) {
    }

    public NationalHistory(LocalDate start, LocalDate today) {
        this.start = start;
        this.today = today;
    }

    /** The whole history for the given number of recommendations (about ten events each, plus their reviews). */
    public List<Generated> generate(int recommendations) {
        int rapidReviews = Math.max(1, recommendations * 33 / 1000);
        int practiceReviews = Math.max(1, recommendations * 8 / 1000);
        for (int i = 0; i < rapidReviews; i++) {
            rapidReview(i);
        }
        for (int i = 0; i < practiceReviews; i++) {
            practiceReview(i);
        }
        for (int i = 0; i < recommendations; i++) {
            recommendation(sources.get(random.nextInt(sources.size())));
        }
        events.sort(Comparator.comparing(Generated::on)); // stable: an aggregate's events keep their order
        return events;
    }

    /**
     * An embedded store in the data directory for a test: the schema migrated, ten years of history up to {@code today}
     * for this many recommendations appended, and the processor's tokens at its head (the read models empty until a
     * rebuild fills them). Returns the database's URL.
     */
    public static String embeddedStore(Path dataDir, int recommendations, LocalDate today) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir + "/casereview;DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            appendTo(connection, new NationalHistory(today.minusYears(10), today).generate(recommendations));
            tokensAtHead(connection, 4);
        }
        return url;
    }

    /** Appends the events to an empty event store as Axon's JDBC storage engine would: JSON payloads and metadata, ISO timestamps. */
    public static void appendTo(Connection connection, List<Generated> events) throws SQLException {
        Serializer serializer = AxonConfiguration.jsonSerializer();
        SerializedObject<byte[]> metaData = serializer.serialize(MetaData.with("recordedBy", "benchmark"), byte[].class);
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry (event_identifier,"
                + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int count = 0;
            for (Generated event : events) {
                SerializedObject<byte[]> payload = serializer.serialize(event.payload(), byte[].class);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, event.aggregateId());
                insert.setLong(3, event.seq());
                insert.setString(4, event.aggregateType());
                insert.setString(5, event.on().atTime(10, 0).toInstant(ZoneOffset.UTC).toString());
                insert.setString(6, payload.getType().getName());
                insert.setString(7, payload.getType().getRevision());
                insert.setBytes(8, payload.getData());
                insert.setBytes(9, metaData.getData());
                insert.addBatch();
                if (++count % 5000 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /**
     * Sets every segment's token of the read-model processor at the last event, so that the service's first start
     * builds nothing event by event (the read models stay empty until a rebuild fills them).
     */
    public static void tokensAtHead(Connection connection, int segments) throws SQLException {
        Serializer serializer = AxonConfiguration.jsonSerializer();
        long head;
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery("select max(global_index) from domain_event_entry")) {
            rs.next();
            head = rs.getLong(1);
        }
        SerializedObject<byte[]> token = serializer.serialize(
                org.axonframework.eventhandling.GapAwareTrackingToken.newInstance(head, java.util.Set.of()), byte[].class);
        try (PreparedStatement insert = connection.prepareStatement("insert into token_entry (processor_name, segment, token,"
                + " token_type, timestamp) values ('read-models', ?, ?, ?, ?)")) {
            for (int segment = 0; segment < segments; segment++) {
                insert.setInt(1, segment);
                insert.setBytes(2, token.getData());
                insert.setString(3, token.getType().getName());
                insert.setString(4, java.time.Instant.now().toString());
                insert.executeUpdate();
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private LocalDate anyDay(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(days <= 0 ? 0 : random.nextInt((int) days));
    }

    private LocalDate after(LocalDate date, int min, int max) {
        return date.plusDays(min + random.nextInt(max - min + 1));
    }

    private List<String> themes(int count) {
        List<String> themes = new ArrayList<>();
        while (themes.size() < count) {
            String theme = THEMES.get(random.nextInt(THEMES.size()));
            if (!themes.contains(theme)) {
                themes.add(theme);
            }
        }
        return themes;
    }

    private String id() {
        return new UUID(counter++, random.nextLong()).toString();
    }

    /** Keeps the event when its date is not after today; false when it is (and so that part of the story stops there). */
    private boolean add(List<Generated> aggregate, String id, String type, LocalDate on, Object payload) {
        if (on.isAfter(today)) {
            return false;
        }
        aggregate.add(new Generated(id, -1, type, on, payload));
        return true;
    }

    /** Numbers an aggregate's events in the order of their dates, as they would have been recorded. */
    private void record(List<Generated> aggregate) {
        aggregate.sort(Comparator.comparing(Generated::on));
        for (int seq = 0; seq < aggregate.size(); seq++) {
            Generated event = aggregate.get(seq);
            events.add(new Generated(event.aggregateId(), seq, event.aggregateType(), event.on(), event.payload()));
        }
    }

    private void rapidReview(int n) {
        List<Generated> history = new ArrayList<>();
        rapidReview(n, history);
        record(history);
    }

    private void rapidReview(int n, List<Generated> history) {
        String id = id();
        LocalDate aware = anyDay(start, today.minusDays(10));
        LocalDate notified = after(aware, 1, 9);
        String reference = "RR-" + aware.getYear() + "-" + n;
        if (!add(history, id, "RapidReview", notified, new SeriousIncidentNotified(id, reference, List.of("Child " + (char) ('A' + n % 26)),
                random.nextInt(10) < 4 ? Outcome.DIED : Outcome.SERIOUSLY_HARMED, aware, notified,
                List.of(HarmCategory.values()[random.nextInt(4)]), themes(1 + random.nextInt(3))))) {
            return;
        }
        LocalDate met = after(notified, 3, 15);
        if (!add(history, id, "RapidReview", met, new RapidReviewMeetingHeld(id, met, List.of("CHILDRENS_SOCIAL_CARE", "POLICE", "INTEGRATED_CARE_BOARD")))) {
            return;
        }
        int roll = random.nextInt(100);
        RapidReviewDecision decision = roll < 25 ? RapidReviewDecision.CSPR : roll < 95 ? RapidReviewDecision.NO_CSPR
                : RapidReviewDecision.NATIONAL_REVIEW_RECOMMENDED;
        LocalDate decided = after(met, 0, 3);
        if (!add(history, id, "RapidReview", decided, new RapidReviewDecisionRecorded(id, decided, decision, "Rationale for " + reference))) {
            return;
        }
        sources.add(new Source(id, decided));
        LocalDate submitted = after(decided, 1, 12);
        if (!add(history, id, "RapidReview", submitted, new RapidReviewSubmittedToPanel(id, submitted))) {
            return;
        }
        int response = random.nextInt(100);
        LocalDate responded = after(submitted, 8, 30);
        add(history, id, "RapidReview", responded, new NationalPanelResponded(id, responded,
                response < 90 ? PanelResponse.AGREED : response < 97 ? PanelResponse.DISAGREED : PanelResponse.NATIONAL_REVIEW, null));
    }

    private void practiceReview(int n) {
        List<Generated> history = new ArrayList<>();
        practiceReview(n, history);
        record(history);
    }

    private void practiceReview(int n, List<Generated> history) {
        String id = id();
        LocalDate decided = anyDay(start, today.minusDays(30));
        String reference = "CSPR-" + decided.getYear() + "-" + n;
        if (!add(history, id, "PracticeReview", decided, new PracticeReviewCommissioned(id, reference, PracticeReviewKind.CSPR, null,
                "Practice review " + n, decided, List.of("Child " + (char) ('A' + n % 26)), themes(1 + random.nextInt(3)), List.of()))) {
            return;
        }
        sources.add(new Source(id, decided));
        LocalDate appointed = after(decided, 10, 60);
        if (!add(history, id, "PracticeReview", appointed, new ReviewerAppointed(id, "Reviewer " + n, appointed))) {
            return;
        }
        if (random.nextInt(10) == 0) {
            LocalDate recorded = after(appointed, 30, 120);
            if (!add(history, id, "PracticeReview", recorded, new PublicationDelayRecorded(id, recorded, "Criminal proceedings",
                    random.nextBoolean() ? null : after(recorded, 90, 300)))) {
                return;
            }
        }
        LocalDate sent = after(appointed, 120, 260);
        if (!add(history, id, "PracticeReview", sent, new FinalReportSent(id, sent))) {
            return;
        }
        LocalDate published = after(sent, 5, 30);
        add(history, id, "PracticeReview", published, random.nextInt(30) == 0
                ? new PublicationWithheld(id, published, "Publication would identify a sibling")
                : new PracticeReviewPublished(id, published, "https://lscp.example.org/reviews/" + n, PublicationScope.FULL));
    }

    private void recommendation(Source source) {
        List<Generated> history = new ArrayList<>();
        recommendation(source, history);
        record(history);
    }

    private void recommendation(Source source, List<Generated> history) {
        String id = id();
        LocalDate made = after(source.madeFrom(), 20, 200);
        if (!add(history, id, "Recommendation", made, new RecommendationMade(id, source.id(), String.valueOf(1 + random.nextInt(12)),
                "Recommendation text", themes(1 + random.nextInt(2)), made))) {
            return;
        }
        LocalDate responded = after(made, 5, 30);
        int response = random.nextInt(100);
        if (response < 5) {
            return; // not yet answered
        }
        if (response < 10) {
            add(history, id, "Recommendation", responded, new RecommendationDeclined(id, responded, "Covered elsewhere"));
            return;
        }
        if (!add(history, id, "Recommendation", responded, new RecommendationAccepted(id, responded, null))) {
            return;
        }
        int actions = 1 + random.nextInt(3);
        LocalDate lastCompleted = responded;
        LocalDate assigned = responded;
        boolean allComplete = true;
        for (int a = 1; a <= actions; a++) {
            assigned = after(assigned, 0, 10);
            LocalDate completed = action(history, id, String.valueOf(a), assigned);
            if (completed == null) {
                allComplete = false;
            } else if (completed.isAfter(lastCompleted)) {
                lastCompleted = completed;
            }
        }
        if (allComplete) {
            LocalDate closed = after(lastCompleted, 5, 40);
            add(history, id, "Recommendation", closed, new RecommendationClosed(id, closed, "Impact statement", null));
        }
    }

    /** One action's story; the date it was completed, or null when it is still open today. */
    private LocalDate action(List<Generated> history, String id, String actionId, LocalDate assigned) {
        LocalDate due = after(assigned, 90, 365);
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        if (!add(history, id, "Recommendation", assigned, new ActionAssigned(id, actionId, "Action " + actionId, agency, "Owner", assigned, due))) {
            return null;
        }
        LocalDate last = assigned;
        if (random.nextBoolean()) {
            LocalDate reported = after(assigned, 20, 80);
            if (!add(history, id, "Recommendation", reported, new ActionProgressReported(id, actionId, reported, "Progress"))) {
                return null;
            }
            last = reported;
        }
        if (random.nextInt(5) == 0) {
            LocalDate revised = after(last, 1, 30);
            LocalDate newDue = after(due, 60, 180);
            if (!add(history, id, "Recommendation", revised, new ActionDueDateRevised(id, actionId, revised, due, newDue, "Delayed"))) {
                return null;
            }
            last = revised;
            due = newDue;
        }
        LocalDate evidenced = after(due.minusDays(40).isAfter(last) ? due.minusDays(40) : last, 0, 100);
        if (!add(history, id, "Recommendation", evidenced, new ActionEvidenced(id, actionId, evidenced, "Evidence", null))) {
            return null;
        }
        LocalDate reviewed = after(evidenced, 3, 20);
        if (random.nextInt(10) == 0) {
            if (!add(history, id, "Recommendation", reviewed, new ActionEvidenceReturned(id, actionId, reviewed, "Not enough"))) {
                return null;
            }
            evidenced = after(reviewed, 10, 40);
            if (!add(history, id, "Recommendation", evidenced, new ActionEvidenced(id, actionId, evidenced, "More evidence", null))) {
                return null;
            }
            reviewed = after(evidenced, 3, 20);
        }
        if (!add(history, id, "Recommendation", reviewed, new ActionEvidenceAccepted(id, actionId, reviewed, null))) {
            return null;
        }
        return reviewed;
    }
}
