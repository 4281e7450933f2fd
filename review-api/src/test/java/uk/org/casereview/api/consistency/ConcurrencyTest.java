package uk.org.casereview.api.consistency;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Racing clients lose no update and duplicate nothing; If-Match and Idempotency-Key do what they say. */
class ConcurrencyTest extends ApiTest {

    @Autowired
    private IdempotencyKeys idempotencyKeys;

    private static final int CLIENTS = 8;

    @Test
    void racingClientsOnOneRecommendationLoseNoUpdate() throws Exception {
        String action = recommendationWithAnAction() + "/actions/1";
        long before = events(action);
        List<Api.Response> responses = race(i -> api().post(action + "/progress",
                "{\"reportedOn\":\"2025-03-01\",\"note\":\"progress report " + i + "\"}"));
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(events(action) - before).as("one event per client").isEqualTo(CLIENTS);
        Api.Response recommendation = api().get(action.substring(0, action.indexOf("/actions")));
        List<String> notes = new ArrayList<>();
        recommendation.json().path("actions").get(0).path("progress").forEach(p -> notes.add(p.path("note").asText()));
        assertThat(notes).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, CLIENTS).mapToObj(i -> "progress report " + i).toList());
    }

    @Test
    void ifMatchLetsExactlyOneOfTheRacingClientsWin() throws Exception {
        String recommendation = recommendationWithAnAction();
        String action = recommendation + "/actions/1";
        String version = api().get(recommendation).header("ETag");
        long before = events(action);
        List<Api.Response> responses = race(i -> api().with("If-Match", version).post(action + "/progress",
                "{\"reportedOn\":\"2025-03-01\",\"note\":\"client " + i + "\"}"));
        assertThat(responses.stream().filter(r -> r.status() == 200).count()).as(responses.stream().map(r -> r.status() + " " + r.header("ETag")).toList().toString()).isEqualTo(1);
        assertThat(responses.stream().filter(r -> r.status() == 412).count()).isEqualTo(CLIENTS - 1);
        responses.stream().filter(r -> r.status() == 412).forEach(r -> {
            assertThat(r.contentType()).isEqualTo("application/problem+json");
            assertThat(r.text("detail")).contains("read it again and retry");
        });
        assertThat(events(action) - before).isEqualTo(1);

        // the winner's new ETag is the version to send next
        String current = api().get(recommendation).header("ETag");
        assertThat(api().with("If-Match", version).post(action + "/progress", "{\"reportedOn\":\"2025-03-02\",\"note\":\"stale\"}").status())
                .isEqualTo(412);
        Api.Response fresh = api().with("If-Match", current).post(action + "/progress", "{\"reportedOn\":\"2025-03-02\",\"note\":\"fresh\"}");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isNotEqualTo(current);
        assertThat(api().with("If-Match", "version three").post(action + "/progress", "{\"reportedOn\":\"2025-03-02\",\"note\":\"x\"}").status())
                .isEqualTo(400);
    }

    @Test
    void racingClientsRecordOneRecommendationOfANumber() throws Exception {
        String review = api().post("/api/v1/rapid-reviews", """
                {"reference":"RR-NUMBER-%s","children":["Child N"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-01-06",
                 "notifiedOn":"2025-01-08","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(UUID.randomUUID())).text("id");
        long before = eventCount();
        List<Api.Response> responses = race(i -> api().post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"7","text":"Client %d's wording","themes":["NEGLECT"],"madeOn":"2025-01-20"}"""
                .formatted(review, i)));

        assertThat(responses.stream().filter(r -> r.status() == 201).count())
                .as(responses.stream().map(r -> r.status() + "").toList().toString()).isEqualTo(1);
        responses.stream().filter(r -> r.status() != 201).forEach(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.text("detail")).isEqualTo("the review already has a recommendation numbered 7");
        });
        assertThat(eventCount() - before).as("one recommendation recorded").isEqualTo(1);
        assertThat(api().get("/api/v1/recommendations?sourceId=" + review).json().path("total").asLong()).isEqualTo(1);
        assertThat(api().post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"8","text":"The next one","themes":["NEGLECT"],"madeOn":"2025-01-20"}"""
                .formatted(review)).status()).isEqualTo(201);
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyReturnsTheFirstResult() throws Exception {
        String key = "notify-" + UUID.randomUUID();
        String reference = "RR-IDEM-" + key.substring(7, 15);
        String body = """
                {"reference":"%s","children":["Child I"],"outcome":"DIED","awareOn":"2025-02-03","notifiedOn":"2025-02-05",
                 "harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(reference);
        long before = eventCount();
        Api.Response first = api().with("Idempotency-Key", key).post("/api/v1/rapid-reviews", body);
        Api.Response again = api().with("Idempotency-Key", key).post("/api/v1/rapid-reviews", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(eventCount() - before).isEqualTo(1);

        // clients racing with one key: one rapid review
        String raced = "notify-" + UUID.randomUUID();
        String racedBody = body.replace(reference, reference + "-R");
        List<Api.Response> responses = race(i -> api().with("Idempotency-Key", raced).post("/api/v1/rapid-reviews", racedBody));
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        Set<String> ids = responses.stream().map(r -> r.text("id")).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(eventCount() - before).isEqualTo(2);

        // the same key with another request is refused, and records nothing
        Api.Response reused = api().with("Idempotency-Key", key).post("/api/v1/rapid-reviews", body.replace("Child I", "Child J"));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).isEqualTo("application/problem+json");
        assertThat(eventCount() - before).isEqualTo(2);

        // keys belong to their user: another user's identical key is a new request
        Api.Response otherUser = api("recorder").with("Idempotency-Key", key).post("/api/v1/rapid-reviews", body);
        assertThat(otherUser.status()).isEqualTo(201);
        assertThat(otherUser.text("id")).isNotEqualTo(first.text("id"));
    }

    @Test
    void aRetriedActionAssignmentReturnsTheSameAction() {
        String recommendation = recommendationWithAnAction();
        String key = "assign-" + UUID.randomUUID();
        String body = """
                {"description":"Second action","agency":"EDUCATION","owner":"Designated safeguarding lead",
                 "assignedOn":"2025-02-10","dueOn":"2025-09-30"}""";
        Api.Response first = api().with("Idempotency-Key", key).post(recommendation + "/actions", body);
        Api.Response again = api().with("Idempotency-Key", key).post(recommendation + "/actions", body);
        assertThat(first.text("actionId")).isEqualTo("2");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("actionId")).isEqualTo("2");
        assertThat(api().get(recommendation).json().path("actions")).hasSize(2);
    }

    @Test
    void aKeyIsForgottenAfterItsRetention() {
        String action = recommendationWithAnAction() + "/actions/1";
        String progressKey = "progress-" + UUID.randomUUID();
        String progress = "{\"reportedOn\":\"2025-03-01\",\"note\":\"%s\"}";
        assertThat(api().with("Idempotency-Key", progressKey).post(action + "/progress", progress.formatted("first")).status()).isEqualTo(200);
        assertThat(api().with("Idempotency-Key", progressKey).post(action + "/progress", progress.formatted("second")).status())
                .as("a different request with a remembered key").isEqualTo(422);
        String createKey = "notify-" + UUID.randomUUID();
        String notification = """
                {"reference":"RR-FORGET-%s","children":["Child F"],"outcome":"DIED","awareOn":"2025-02-03","notifiedOn":"2025-02-05",
                 "harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""";
        assertThat(api().with("Idempotency-Key", createKey).post("/api/v1/rapid-reviews", notification.formatted(createKey)).status())
                .isEqualTo(201);

        assertThat(idempotencyKeys.forgetRecordedBefore(Instant.now().minus(Duration.ofDays(7)))).as("nothing a week old").isZero();
        assertThat(idempotencyKeys.forgetRecordedBefore(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(2);

        Api.Response again = api().with("Idempotency-Key", progressKey).post(action + "/progress", progress.formatted("second"));
        assertThat(again.status()).as("a forgotten key: a new command").isEqualTo(200);
        assertThat(again.json().path("progress")).extracting(p -> p.path("note").asText()).containsExactly("first", "second");
        long before = eventCount();
        Api.Response recreate = api().with("Idempotency-Key", createKey).post("/api/v1/rapid-reviews", notification.formatted("other"));
        assertThat(recreate.status()).as("a forgotten key cannot create again").isEqualTo(422);
        assertThat(recreate.text("detail")).contains("send a new key");
        assertThat(eventCount()).isEqualTo(before);
    }

    private String recommendationWithAnAction() {
        Api api = api();
        String review = api.post("/api/v1/rapid-reviews", """
                {"reference":"RR-RACE-%s","children":["Child C"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-01-06",
                 "notifiedOn":"2025-01-08","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(UUID.randomUUID())).text("id");
        String recommendation = "/api/v1/recommendations/" + api.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"1","text":"Escalation training","themes":["PROFESSIONAL_CURIOSITY"],"madeOn":"2025-01-20"}"""
                .formatted(review)).text("id");
        api.post(recommendation + "/response", "{\"respondedOn\":\"2025-01-21\",\"accepted\":true}");
        Api.Response action = api.post(recommendation + "/actions", """
                {"description":"Deliver training","agency":"PARTNERSHIP","owner":"Training lead","assignedOn":"2025-01-22","dueOn":"2025-06-30"}""");
        assertThat(action.status()).isEqualTo(201);
        return recommendation;
    }

    private long events(String path) {
        String id = path.split("/")[4];
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, id);
    }

    private interface Request {
        Api.Response send(int client) throws Exception;
    }

    /** Sends the request from every client at once. */
    private static List<Api.Response> race(Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                Callable<Api.Response> call = () -> {
                    start.await();
                    return request.send(client);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
