package uk.org.casereview.api.benchmark;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import uk.org.casereview.api.CaseReviewApplication;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What signing in costs a real user (issue "Fast for real users", point 1): the cheapest read, the reference data, by
 * one client, with the credentials a real user has (a bcrypt cost-10 hash, as {@code hash-password} makes), against the
 * same read in the same application with authentication switched off (a request marked {@code X-Benchmark-Open} gets
 * a chain of its own, added by this benchmark only, that checks no credentials and grants the roles). Measured for HTTP
 * Basic with the cache of verified credentials, HTTP Basic with the cache switched off
 * ({@code casereview.security.credential-cache=0}), a page with the session of a person signed in through the sign-in
 * page, and bearer tokens in JWT mode. Results go to stdout and target/benchmark/sign-in.md.
 * <pre>
 * ./mvnw -B -q install -DskipTests &amp;&amp; ./mvnw -B -q -pl review-api exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=uk.org.casereview.api.benchmark.SignInBenchmark -Dexec.args="--samples=2000"
 * </pre>
 */
public final class SignInBenchmark {

    private static final String PASSWORD = "a long passphrase for the benchmark";
    private static final String OPEN = "X-Benchmark-Open";

    private final int samples;
    private final int warmUp;
    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newHttpClient();

    private SignInBenchmark(int samples) {
        this.samples = samples;
        this.warmUp = Math.max(200, samples / 5);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("samples", "2000");
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        new SignInBenchmark(Integer.parseInt(options.get("samples"))).run();
        System.exit(0);
    }

    /** Authentication switched off for the requests this benchmark marks: no credentials checked, the roles granted. */
    @Configuration
    static class AuthenticationSwitchedOff {
        @Bean
        @Order(0)
        SecurityFilterChain benchmarkOpenChain(HttpSecurity http) throws Exception {
            return http.securityMatcher(request -> request.getHeader(OPEN) != null)
                    .csrf(AbstractHttpConfigurer::disable)
                    .anonymous(anonymous -> anonymous.principal("benchmark")
                            .authorities("ROLE_RECORDER", "ROLE_SCRUTINEER", "ROLE_ADMIN"))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .build();
        }
    }

    private void run() throws Exception {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD);
        long hashStart = System.nanoTime();
        new BCryptPasswordEncoder(10).matches(PASSWORD, hash.substring("{bcrypt}".length()));
        double hashMillis = (System.nanoTime() - hashStart) / 1e6;

        line("# Sign-in benchmark");
        line("");
        line("- " + samples + " sequential requests per row, one client, after " + warmUp + " to warm up; machine: "
                + Runtime.getRuntime().availableProcessors() + " cores, JVM " + System.getProperty("java.version"));
        line("- the users' password hashes: bcrypt cost 10 (one check took " + round(hashMillis) + " ms here)");
        line("- each ratio is against the same read, in the same application, with authentication switched off");
        line("");
        line("| credentials | read | p50 ms | p99 ms | requests/s | ratio of p50 to the baseline |");
        line("|---|---|---:|---:|---:|---:|");

        try (ConfigurableApplicationContext app = start("basic", hash, Map.of())) {
            String base = base(app);
            compare("**HTTP Basic, with the cache of verified credentials**", "GET /api/v1/reference-data", samples,
                    () -> get(base + "/api/v1/reference-data", OPEN, "true"),
                    () -> get(base + "/api/v1/reference-data", "Authorization", basic(PASSWORD)));
            String session = signIn(base);
            compare("**a person's session (signed in on the sign-in page)**", "GET /rapid-reviews (a page)", samples,
                    () -> get(base + "/rapid-reviews", OPEN, "true"),
                    () -> get(base + "/rapid-reviews", "Cookie", session));
        }
        try (ConfigurableApplicationContext app = start("basic", hash, Map.of("casereview.security.credential-cache", "0"))) {
            String base = base(app);
            compare("HTTP Basic, the cache switched off: every request checks the hash (fewer samples)", "GET /api/v1/reference-data",
                    Math.max(50, samples / 20),
                    () -> get(base + "/api/v1/reference-data", OPEN, "true"),
                    () -> get(base + "/api/v1/reference-data", "Authorization", basic(PASSWORD)));
        }
        KeyPair keys = rsaKeyPair();
        Path publicKey = Files.createTempFile("sign-in-benchmark", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        try (ConfigurableApplicationContext app = start("jwt", hash,
                Map.of("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKey.toAbsolutePath()))) {
            String base = base(app);
            String token = token(keys);
            compare("**a bearer token (JWT mode, RS256)**", "GET /api/v1/reference-data", samples,
                    () -> get(base + "/api/v1/reference-data", OPEN, "true"),
                    () -> get(base + "/api/v1/reference-data", "Authorization", "Bearer " + token));
        }
        Path out = Path.of("target/benchmark/sign-in.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println();
        System.out.println(report);
    }

    private ConfigurableApplicationContext start(String mode, String hash, Map<String, String> extra) throws IOException {
        Path dataDir = Files.createTempDirectory("sign-in-benchmark");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("casereview.data-dir", dataDir.toString());
        properties.put("server.port", "0");
        properties.put("casereview.security.mode", mode);
        properties.put("casereview.security.users[0].name", "reader");
        properties.put("casereview.security.users[0].password", hash);
        properties.put("casereview.security.users[0].roles[0]", "RECORDER");
        properties.put("logging.level.root", "WARN");
        properties.putAll(extra);
        List<String> args = new ArrayList<>();
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(CaseReviewApplication.class, AuthenticationSwitchedOff.class).run(args.toArray(String[]::new));
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** Signs in through the sign-in page (its CSRF token, the form post) and answers the session's cookie. */
    private String signIn(String base) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "username=reader&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("signing in gave no session: " + signedIn.statusCode()));
        if (get(base + "/rapid-reviews", "Cookie", cookie) != 200) {
            throw new IllegalStateException("the session does not open the pages");
        }
        return cookie;
    }

    private int get(String url, String header, String value) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).header(header, value)
                    .header("Accept", url.contains("/api/") ? "application/json" : "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Timing(double p50, double p99, double perSecond) {

        static Timing of(double[] millis) {
            double total = Arrays.stream(millis).sum() / 1000;
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Timing(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1], sorted.length / total);
        }
    }

    /**
     * The read with the credentials against the same read with authentication switched off, the two requests taken in
     * turn so that both see the same machine (the JIT, the load of the moment); after a warm-up of both.
     */
    private void compare(String credentials, String read, int count, Supplier<Integer> baseline, Supplier<Integer> authenticated) {
        for (int i = 0; i < Math.min(warmUp, count); i++) {
            check(baseline.get());
            check(authenticated.get());
        }
        double[] open = new double[count];
        double[] signedIn = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            check(baseline.get());
            open[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            check(authenticated.get());
            signedIn[i] = (System.nanoTime() - start) / 1e6;
        }
        Timing off = Timing.of(open);
        Timing on = Timing.of(signedIn);
        row("baseline: authentication switched off", read, off, off);
        row(credentials, read, on, off);
    }

    private static void check(int status) {
        if (status != 200) {
            throw new IllegalStateException("the read answered " + status);
        }
    }

    private void row(String credentials, String read, Timing timing, Timing baseline) {
        line("| " + credentials + " | " + read + " | " + round(timing.p50()) + " | " + round(timing.p99()) + " | "
                + Math.round(timing.perSecond()) + " | " + round(timing.p50() / baseline.p50()) + " |");
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("reader:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String token(KeyPair keys) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("sub-reader").issuer("https://idp.example.org")
                .claim("preferred_username", "reader").claim("roles", List.of("RECORDER"))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1)))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
