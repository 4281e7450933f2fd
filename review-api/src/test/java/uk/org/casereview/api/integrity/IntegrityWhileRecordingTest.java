package uk.org.casereview.api.integrity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verification of the chain made while facts are being recorded finds it whole: appends committed while it reads
 * are either all in what it verifies or all out of it, never a head that names links it has not read (a false alarm
 * that the scheduled verification raised under load before).
 */
class IntegrityWhileRecordingTest extends ApiTest {

    @Autowired
    private IntegrityCheck check;

    @Test
    void aVerificationWhileFactsAreRecordedFindsTheChainWhole() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<Integer>> recorded = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            recorded.add(clients.submit(() -> {
                Api api = api();
                int n = 0;
                while (n < 20) { // few: the database is shared by the ApiTest classes
                    Api.Response response = api.post("/api/v1/rapid-reviews", """
                            {"reference":"RR-CHAIN-%s","children":["Child C"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-01-06",
                             "notifiedOn":"2025-01-08","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(UUID.randomUUID()));
                    assertThat(response.status()).as(response.toString()).isEqualTo(201);
                    n++;
                }
                return n;
            }));
        }
        List<Integrity> verifications = new ArrayList<>();
        while (recorded.stream().anyMatch(client -> !client.isDone()) || verifications.size() < 10) {
            verifications.add(check.verify());
        }
        int appends = 0;
        for (Future<Integer> client : recorded) {
            appends += client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(appends).as("facts recorded while verifying").isEqualTo(60);
        assertThat(verifications.stream().filter(v -> !v.intact()).toList()).as("verifications that named a break, of "
                + verifications.size()).isEmpty();
        assertThat(verifications.get(verifications.size() - 1).length()).isGreaterThan(verifications.get(0).length());
    }
}
