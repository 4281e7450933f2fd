package uk.org.casereview.api.pages;

import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.ApiTest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in for people beside the API: pages need a session from the sign-in page (never HTTP Basic), every form needs
 * its CSRF token, an expired session goes back to the sign-in page; the API stays stateless with HTTP Basic, unchanged.
 */
class PageSecurityTest extends ApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String session, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElse(null);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token in the form").isTrue();
        return matcher.group(1);
    }

    /** Signs in through the sign-in page; answers the session id. */
    private String signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/sign-in");
        HttpResponse<String> signedIn = postForm("/sign-in", session(page), Map.of("username", user, "password", password, "_csrf", csrf(page)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session(signedIn);
    }

    @Test
    void pagesNeedASessionFromTheSignInPageNotHttpBasic() throws Exception {
        HttpResponse<String> anonymous = get("/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/sign-in");

        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("recorder:recorder-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(get("/", "Authorization", basic).statusCode()).as("HTTP Basic is for the API only").isEqualTo(302);

        HttpResponse<String> page = get("/sign-in");
        HttpResponse<String> wrong = postForm("/sign-in", session(page), Map.of("username", "recorder", "password", "wrong", "_csrf", csrf(page)));
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/sign-in?error");

        String session = signIn("recorder", "recorder-secret");
        HttpResponse<String> home = get("/", "Cookie", "JSESSIONID=" + session);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(home.body()).contains("Signed in as <strong>recorder</strong>").contains("govuk-frontend.min.css");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
    }

    @Test
    void everyFormNeedsItsCsrfTokenAndAFailedPostRecordsNothing() throws Exception {
        String session = signIn("recorder", "recorder-secret");
        long before = eventCount();
        Map<String, String> notification = Map.of("reference", "RR-CSRF-1", "children", "Child C", "outcome", "DIED",
                "awareOn-day", "2", "awareOn-month", "5", "awareOn-year", "2025", "notifiedOn-day", "7", "notifiedOn-month", "5",
                "notifiedOn-year", "2025", "harmCategories", "NEGLECT");
        HttpResponse<String> withoutToken = postForm("/forms/notification", session, notification);
        // refused: 403, or back to the sign-in page when the session holds no token any more
        assertThat(withoutToken.statusCode()).isIn(302, 403);
        assertThat(withoutToken.headers().firstValue("Location").orElse("/sign-in")).contains("/sign-in");
        assertThat(eventCount()).isEqualTo(before);

        HttpResponse<String> form = get("/forms/notification", "Cookie", "JSESSIONID=" + session);
        Map<String, String> withToken = new java.util.HashMap<>(notification);
        withToken.put("_csrf", csrf(form));
        HttpResponse<String> sent = postForm("/forms/notification", session, withToken);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).contains("/rapid-reviews/");
        assertThat(eventCount()).isEqualTo(before + 1);

        HttpResponse<String> signedOut = postForm("/sign-out", session, Map.of("_csrf", csrf(form)));
        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/sign-in?signedOut");
        assertThat(get("/", "Cookie", "JSESSIONID=" + session).statusCode()).as("the session ended").isEqualTo(302);
    }

    @Test
    void anExpiredSessionGoesBackToTheSignInPage() throws Exception {
        HttpResponse<String> expired = get("/recommendations", "Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF");
        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location").orElse("")).endsWith("/sign-in?timedOut");
        assertThat(get("/sign-in?timedOut").body()).contains("You were signed out because you had not used the tracker for a while.");
    }

    @Test
    void theApiStaysStatelessWithHttpBasicAndPrometheusUnchanged() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("recorder:recorder-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> list = get("/api/v1/rapid-reviews", "Authorization", basic, "Accept", "application/json");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().allValues("Set-Cookie")).as("no session for API clients").isEmpty();
        assertThat(api().post("/api/v1/rapid-reviews", "{}").status()).as("no CSRF token needed by the API").isEqualTo(400);

        HttpResponse<String> anonymous = get("/api/v1/rapid-reviews", "Accept", "application/json");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        String prometheus = "Basic " + java.util.Base64.getEncoder().encodeToString("prometheus:metrics-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(get("/actuator/prometheus", "Authorization", prometheus).statusCode()).isEqualTo(200);

        // and a session from the pages does not open the API: API clients send credentials
        String session = signIn("recorder", "recorder-secret");
        assertThat(get("/api/v1/rapid-reviews", "Cookie", "JSESSIONID=" + session, "Accept", "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void theScraperMayNotUseThePages() throws Exception {
        String session = signIn("prometheus", "metrics-secret");
        HttpResponse<String> home = get("/", "Cookie", "JSESSIONID=" + session);
        assertThat(home.statusCode()).isEqualTo(403);
        assertThat(home.body()).contains("You cannot see this page");
    }
}
