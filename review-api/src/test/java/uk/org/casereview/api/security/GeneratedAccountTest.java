package uk.org.casereview.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.org.casereview.api.CaseReviewApplication;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.TestDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With no users configured (no e2e profile), the first start creates the account "admin" with a generated password,
 * printed once to the log and kept hashed; later starts use it without printing it. A configured plain password stops
 * the start.
 */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAccountTest {

    private static final Pattern GENERATED = Pattern.compile("user: admin\\s+password: (\\S+)\\s+roles: RECORDER, ADMIN");

    @Test
    void theFirstStartPrintsAGeneratedPasswordOnceAndLaterStartsKeepIt(@TempDir Path dataDir, CapturedOutput output) {
        String password;
        int mark;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            String log = output.getAll();
            Matcher matcher = GENERATED.matcher(log);
            assertThat(matcher.find()).as("the generated password is printed on the first start").isTrue();
            password = matcher.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(16);
            assertThat(log).contains("No users are configured");
            assertThat(occurrences(log, password)).as("the password is printed exactly once").isEqualTo(1);
            assertThat(log.substring(log.lastIndexOf('\n', matcher.start()) + 1)).as("printed at WARN").contains("WARN");

            // kept only as a hash
            List<String> hashes = first.getBean(JdbcTemplate.class)
                    .queryForList("select password_hash from generated_account where name = 'admin'", String.class);
            assertThat(hashes).hasSize(1);
            assertThat(hashes.get(0)).startsWith("{bcrypt}").doesNotContain(password);

            Api api = new Api(port(first));
            Api.Response signedIn = api.as("admin", password).get("/api/v1/rapid-reviews");
            assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
            assertThat(api.as("admin", password).get("/api/v1/admin/rebuild").status()).as("the account is an admin").isEqualTo(200);
            Api.Response notified = api.as("admin", password).post("/api/v1/rapid-reviews", """
                    {"reference":"RR-GEN-01","children":["Child G"],"outcome":"DIED","awareOn":"2025-01-06",
                     "notifiedOn":"2025-01-08","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""");
            assertThat(notified.status()).as("the account is a recorder: " + notified).isEqualTo(201);

            assertUnauthorized(api.as("admin", password + "x"));
            assertUnauthorized(api.as("admin", "admin"));
            assertUnauthorized(api.as("admin", ""));
            assertUnauthorized(api.as("tester", "tester-secret"));
            assertUnauthorized(api);
            mark = output.getAll().length();
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            String log = output.getAll().substring(mark);
            assertThat(log).as("the second start's log").contains("Tomcat started on port")
                    .contains("the account 'admin' generated on the first start is in use")
                    .doesNotContain(password)
                    .doesNotContain("password:");
            Api api = new Api(port(second));
            Api.Response signedIn = api.as("admin", password).get("/api/v1/rapid-reviews");
            assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
            assertThat(signedIn.json().path("items").findValuesAsText("reference")).contains("RR-GEN-01");
            assertUnauthorized(api.as("admin", password + "x"));
            assertThat(second.getBean(JdbcTemplate.class).queryForObject("select count(*) from generated_account", Long.class))
                    .as("no second account").isEqualTo(1L);
        }
    }

    @Test
    void aConfiguredPlainPasswordStopsTheStartWithAClearMessage(@TempDir Path dataDir, CapturedOutput output) {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("casereview.security.users[0].name", "clerk");
        users.put("casereview.security.users[0].password", "clerk-plain-secret");
        users.put("casereview.security.users[0].roles[0]", "RECORDER");
        assertThatThrownBy(() -> start(dataDir, users).close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the password of clerk must be a hash")
                .hasMessageContaining("{bcrypt}")
                .hasMessageContaining("plain passwords are refused")
                .message().doesNotContain("clerk-plain-secret");
        assertThat(output.getAll()).as("the log says why the start failed")
                .contains("the password of clerk must be a hash with its prefix, for example {bcrypt}$2a$10$...; plain passwords are refused")
                .doesNotContain("clerk-plain-secret");
    }

    @Test
    void aConfiguredHashedPasswordIsAcceptedAndNoAccountIsGenerated(@TempDir Path dataDir, CapturedOutput output) {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("casereview.security.users[0].name", "clerk");
        // bcrypt of "tester-secret" (the e2e tester's hash)
        users.put("casereview.security.users[0].password", "{bcrypt}$2a$04$R4i6.XM1C2AEHtOxRuyxOOGAEdLo0i6JT.5bmBjnTR16AM6LQ0a0C");
        users.put("casereview.security.users[0].roles[0]", "RECORDER");
        int mark = output.getAll().length();
        try (ConfigurableApplicationContext app = start(dataDir, users)) {
            Api api = new Api(port(app));
            assertThat(api.as("clerk", "tester-secret").get("/api/v1/rapid-reviews").status()).isEqualTo(200);
            assertUnauthorized(api.as("admin", "admin"));
            assertThat(output.getAll().substring(mark)).doesNotContain("No users are configured");
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from generated_account", Long.class)).isZero();
        }
    }

    private static void assertUnauthorized(Api api) {
        Api.Response response = api.get("/api/v1/rapid-reviews");
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** The application on its own, without the e2e profile: no users are configured unless given. */
    private static ConfigurableApplicationContext start(Path dataDir, Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>(TestDatabase.properties(dataDir));
        properties.put("server.port", "0");
        properties.put("casereview.fixed-date", "2025-06-30");
        properties.putAll(extra);
        List<String> args = new ArrayList<>();
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(CaseReviewApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
