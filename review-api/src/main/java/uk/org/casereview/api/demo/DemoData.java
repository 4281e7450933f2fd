package uk.org.casereview.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.web.Commands;
import uk.org.casereview.api.web.Ids;
import uk.org.casereview.domain.practicereview.CorrectPracticeReviewFact;
import uk.org.casereview.domain.rapidreview.CorrectRapidReviewFact;
import uk.org.casereview.domain.recommendation.CorrectRecommendationFact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the demonstration data set, {@code demo/demo-data.jsonl}: a wholly fictional partnership's rapid reviews,
 * practice reviews and recommendations from 2017 to autumn 2026, one command a line, sent through the same commands
 * (and the same command bus, checks and interceptors) as the REST API. Children are pseudonyms; there are no names,
 * dates of birth or addresses.
 * <p>
 * A line names its command ({@code "command":"RecordRapidReviewMeeting"}) and gives its fields. A review or
 * recommendation is named in the file by a label (its reference, or {@code reference/number} for a recommendation),
 * which the loader replaces by the id it creates; a correction's {@code replacement} is a command line of its own.
 * <p>
 * Loaded once, at start-up with the {@code demo} profile, into an empty event store. The data are authored with dates up
 * to 31 October 2026; when run later, every date moves on by the whole years since 1 November 2026, so the action plan
 * keeps the same shape.
 */
@Component
@Profile("demo")
public class DemoData implements ApplicationRunner {

    /** The day after the last date the data were authored with; shifts are counted in whole years from here. */
    static final LocalDate AUTHORED_FOR = LocalDate.of(2026, 11, 1);
    static final String DATA_SET = "demo/demo-data.jsonl";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> COMMAND_PACKAGES = List.of("uk.org.casereview.domain.rapidreview",
            "uk.org.casereview.domain.practicereview", "uk.org.casereview.domain.recommendation");
    /** The fields that name a review or recommendation. */
    private static final List<String> ID_FIELDS = List.of("rapidReviewId", "practiceReviewId", "recommendationId", "sourceId");
    /** The field that names the aggregate a command is for, by the command's feature. */
    private static final Map<String, String> AGGREGATE_FIELD = Map.of("rapidreview", "rapidReviewId",
            "practicereview", "practiceReviewId", "recommendation", "recommendationId");
    private static final Set<String> CREATIONS = Set.of("NotifySeriousIncident", "CommissionPracticeReview", "MakeRecommendation");

    private final Commands commands;
    private final Ids ids;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    public DemoData(Commands commands, Ids ids, JdbcTemplate jdbc, Clock clock, ObjectMapper json) {
        this.commands = commands;
        this.ids = ids;
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        long events = eventCount();
        if (events > 0) {
            log.info("Demo data not loaded: the event store already holds {} events", events);
            return;
        }
        int shift = yearsToShift(LocalDate.now(clock));
        log.info("Loading demo data from {} (dates moved on by {} years)", DATA_SET, shift);
        // every fact records who recorded it: the demo data is recorded by "demo-data"
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-data", null, List.of()));
        try {
            load(shift);
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo data loaded: {} events", eventCount());
    }

    /** Whole years from {@link #AUTHORED_FOR} to today; never negative. */
    static int yearsToShift(LocalDate today) {
        return Math.max(0, Period.between(AUTHORED_FOR, today).getYears());
    }

    private long eventCount() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private void load(int shift) {
        Map<String, String> idsByLabel = new HashMap<>();
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new ClassPathResource(DATA_SET).getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode fields = (ObjectNode) json.readTree(line);
                String name = fields.path("command").asText();
                String aggregateField = aggregateField(commandClass(name));
                if (CREATIONS.contains(name)) {
                    idsByLabel.put(fields.get(aggregateField).asText(), ids.next());
                }
                Object command = command(fields, idsByLabel, shift);
                commands.send(fields.get(aggregateField).asText(), command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DATA_SET + " at line " + lineNumber, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(DATA_SET + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** The command of one line: labels replaced by ids and dates moved on (in place, in {@code fields}). */
    private Object command(ObjectNode fields, Map<String, String> idsByLabel, int shift) throws IOException {
        String name = fields.remove("command").asText();
        for (String field : ID_FIELDS) {
            if (fields.hasNonNull(field)) {
                String label = fields.get(field).asText();
                String id = idsByLabel.get(label);
                if (id == null) {
                    throw new IllegalArgumentException(field + " names " + label + ", which no earlier line creates");
                }
                fields.set(field, TextNode.valueOf(id));
            }
        }
        shiftDates(fields, shift);
        JsonNode replacement = fields.remove("replacement");
        Object command = json.treeToValue(fields, commandClass(name));
        if (replacement == null || replacement.isNull()) {
            return command;
        }
        ObjectNode replacementFields = (ObjectNode) replacement;
        Object replacementCommand = command(replacementFields, idsByLabel, shift);
        if (command instanceof CorrectRapidReviewFact c) {
            return new CorrectRapidReviewFact(c.rapidReviewId(), c.sequence(), c.reason(), replacementCommand);
        } else if (command instanceof CorrectPracticeReviewFact c) {
            return new CorrectPracticeReviewFact(c.practiceReviewId(), c.sequence(), c.reason(), replacementCommand);
        } else if (command instanceof CorrectRecommendationFact c) {
            return new CorrectRecommendationFact(c.recommendationId(), c.sequence(), c.reason(), replacementCommand);
        }
        throw new IllegalArgumentException(name + " takes no replacement");
    }

    private static void shiftDates(ObjectNode fields, int shift) {
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith("On") && field.getValue().isTextual()) {
                field.setValue(TextNode.valueOf(LocalDate.parse(field.getValue().asText()).plusYears(shift).toString()));
            }
        }
    }

    private static String aggregateField(Class<?> command) {
        String feature = command.getPackageName().substring(command.getPackageName().lastIndexOf('.') + 1);
        return AGGREGATE_FIELD.get(feature);
    }

    private static Class<?> commandClass(String name) {
        for (String pkg : COMMAND_PACKAGES) {
            try {
                Class<?> type = Class.forName(pkg + "." + name);
                if (type.isRecord()) {
                    return type;
                }
            } catch (ClassNotFoundException ignored) {
                // try the next feature
            }
        }
        throw new IllegalArgumentException("no command " + name);
    }
}
