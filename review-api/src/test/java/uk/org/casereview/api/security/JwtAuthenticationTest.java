package uk.org.casereview.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.org.casereview.api.CaseReviewApplication;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.TestDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWT mode ({@code casereview.security.mode=jwt}): the service is an OAuth2 resource server that checks bearer tokens
 * against the identity provider's public key and takes the user's name, roles and agency from the token's claims
 * (preferred_username, roles, agency). The tokens here are signed locally with a key pair made for the test.
 */
class JwtAuthenticationTest {

    @TempDir
    static Path dataDir;
    @TempDir
    static Path keysDir;

    private static KeyPair provider;
    private static KeyPair stranger;
    private static ConfigurableApplicationContext app;
    private static Api anonymous;
    private static String run;

    @BeforeAll
    static void startInJwtMode() throws Exception {
        provider = rsaKeyPair();
        stranger = rsaKeyPair();
        Path publicKey = keysDir.resolve("provider.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(provider.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");

        Map<String, String> properties = new LinkedHashMap<>(TestDatabase.properties(dataDir));
        properties.put("server.port", "0");
        properties.put("casereview.fixed-date", "2025-06-30");
        properties.put("casereview.security.mode", "jwt");
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + publicKey.toAbsolutePath());
        List<String> args = new ArrayList<>();
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        app = new SpringApplicationBuilder(CaseReviewApplication.class).run(args.toArray(String[]::new));
        anonymous = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aRecorderTokenWritesAndTheFactRecordsTheTokensName() {
        Api recorder = bearer(token("jwt-recorder", List.of("RECORDER"), null));
        Api.Response notified = recorder.post("/api/v1/rapid-reviews", notify("RR-JWT-REC-" + run));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        String id = notified.text("id");

        JsonNode timeline = recorder.get("/api/v1/rapid-reviews/" + id + "/timeline").json();
        assertThat(facts(timeline)).containsExactly("jwt-recorder");

        JsonNode audit = bearer(token("jwt-scrutineer", List.of("SCRUTINEER"), null))
                .get("/api/v1/audit?from=2000-01-01&to=2100-01-01&aggregateId=" + id).json();
        assertThat(audit.path("items").findValuesAsText("recordedBy")).containsExactly("jwt-recorder");
    }

    @Test
    void withoutPreferredUsernameTheSubjectIsTheName() throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("subject-7").claim("roles", List.of("RECORDER"))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5)))).build();
        Api recorder = bearer(sign(claims, provider.getPrivate()));
        Api.Response notified = recorder.post("/api/v1/rapid-reviews", notify("RR-JWT-SUB-" + run));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        assertThat(facts(recorder.get("/api/v1/rapid-reviews/" + notified.text("id") + "/timeline").json())).containsExactly("subject-7");
    }

    @Test
    void aScrutineerTokenReadsButMayNotWrite() {
        Api scrutineer = bearer(token("jwt-scrutineer", List.of("SCRUTINEER"), null));
        for (String path : List.of("/api/v1/rapid-reviews", "/api/v1/recommendations", "/api/v1/overdue-actions",
                "/api/v1/reports/yearly/2024", "/api/v1/reference-data", "/api/v1/audit?from=2000-01-01&to=2100-01-01&size=1")) {
            Api.Response response = scrutineer.get(path);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        }
        JsonNode problem = refused(() -> scrutineer.post("/api/v1/rapid-reviews", notify("RR-JWT-SCR-" + run)), 403);
        assertThat(problem.path("detail").asText()).isEqualTo("your role does not allow POST /api/v1/rapid-reviews");
        refused(() -> scrutineer.get("/api/v1/admin/rebuild"), 403);
    }

    @Test
    void rolesTheServiceDoesNotKnowGiveNoAccess() {
        Api stranger = bearer(token("jwt-someone", List.of("SUPERUSER", "recorder"), null));
        refused(() -> stranger.get("/api/v1/rapid-reviews"), 403);
        refused(() -> stranger.post("/api/v1/rapid-reviews", notify("RR-JWT-ROLE-" + run)), 403);
        Api noRoles = bearer(token("jwt-nobody", null, null));
        refused(() -> noRoles.get("/api/v1/rapid-reviews"), 403);
        Api metrics = bearer(token("jwt-prometheus", List.of("METRICS"), null));
        assertThat(metrics.get("/actuator/prometheus", "text/plain").status()).isEqualTo(200);
        refused(() -> metrics.get("/api/v1/rapid-reviews"), 403);
    }

    @Test
    void anAgencyLeadTokenReportsOnlyOnItsOwnAgencysActions() {
        Api recorder = bearer(token("jwt-recorder", List.of("RECORDER"), null));
        Api.Response notified = recorder.post("/api/v1/rapid-reviews", notify("RR-JWT-LEAD-" + run));
        Api.Response made = recorder.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"1","text":"Share call-outs with schools","themes":["DOMESTIC_ABUSE"],"madeOn":"2025-04-01"}"""
                .formatted(notified.text("id")));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String recommendation = "/api/v1/recommendations/" + made.text("id");
        assertThat(recorder.post(recommendation + "/response", "{\"respondedOn\":\"2025-04-02\",\"accepted\":true}").status()).isEqualTo(200);
        String police = recommendation + "/actions/" + assign(recorder, recommendation, "POLICE");
        String education = recommendation + "/actions/" + assign(recorder, recommendation, "EDUCATION");

        Api lead = bearer(token("jwt-police-lead", List.of("AGENCY_LEAD"), "POLICE"));
        Api.Response progress = lead.post(police + "/progress", "{\"reportedOn\":\"2025-05-01\",\"note\":\"Under way\"}");
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        Api.Response evidence = lead.post(police + "/evidence", "{\"submittedOn\":\"2025-06-01\",\"summary\":\"Log\"}");
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
        assertThat(facts(lead.get(recommendation + "/timeline").json()))
                .containsExactly("jwt-recorder", "jwt-recorder", "jwt-recorder", "jwt-recorder", "jwt-police-lead", "jwt-police-lead");

        JsonNode other = refused(() -> lead.post(education + "/progress", "{\"reportedOn\":\"2025-05-01\",\"note\":\"Not ours\"}"), 403);
        assertThat(other.path("detail").asText()).contains("POLICE").contains("EDUCATION");
        refused(() -> lead.post(education + "/evidence", "{\"submittedOn\":\"2025-06-01\",\"summary\":\"Not ours\"}"), 403);
        refused(() -> lead.post(police + "/evidence-review", "{\"reviewedOn\":\"2025-06-02\",\"accepted\":true}"), 403);
        refused(() -> lead.post(recommendation + "/actions", """
                {"description":"More","agency":"POLICE","owner":"DI Jones","assignedOn":"2025-04-07","dueOn":"2025-12-31"}"""), 403);
        assertThat(lead.get(recommendation).status()).isEqualTo(200);

        // an agency lead whose token names no agency reports on no action
        Api noAgency = bearer(token("jwt-lead-without-agency", List.of("AGENCY_LEAD"), null));
        refused(() -> noAgency.post(police + "/progress", "{\"reportedOn\":\"2025-05-02\",\"note\":\"Whose?\"}"), 403);
        // nor does one of another agency
        Api educationLead = bearer(token("jwt-education-lead", List.of("AGENCY_LEAD"), "EDUCATION"));
        refused(() -> educationLead.post(police + "/progress", "{\"reportedOn\":\"2025-05-02\",\"note\":\"Not ours\"}"), 403);
        assertThat(educationLead.post(education + "/progress", "{\"reportedOn\":\"2025-05-02\",\"note\":\"Ours\"}").status()).isEqualTo(200);
    }

    @Test
    void eachTokenIsCheckedOnceThroughTheCacheOfVerifiedTokens() {
        assertThat(app.getBean(org.springframework.security.oauth2.jwt.JwtDecoder.class)).isInstanceOf(VerifiedTokens.class);
        String token = token("jwt-reader", List.of("SCRUTINEER"), null);
        assertThat(bearer(token).get("/api/v1/reference-data").status()).isEqualTo(200);
        assertThat(bearer(token).get("/api/v1/reference-data").status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws JOSEException {
        JWTClaimsSet claims = claims("jwt-recorder", List.of("RECORDER"), null)
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10)))).build();
        Api expired = bearer(sign(claims, provider.getPrivate()));
        unauthorized(() -> expired.get("/api/v1/rapid-reviews"));
        unauthorized(() -> expired.post("/api/v1/rapid-reviews", notify("RR-JWT-EXP-" + run)));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorized() throws JOSEException {
        Api forged = bearer(sign(claims("jwt-recorder", List.of("RECORDER", "ADMIN"), null).build(), stranger.getPrivate()));
        unauthorized(() -> forged.get("/api/v1/rapid-reviews"));
        unauthorized(() -> forged.post("/api/v1/rapid-reviews", notify("RR-JWT-FORGED-" + run)));
        unauthorized(() -> forged.get("/api/v1/admin/rebuild"));
    }

    @Test
    void aMalformedOrMissingTokenIsUnauthorized() {
        unauthorized(() -> anonymous.get("/api/v1/rapid-reviews"));
        unauthorized(() -> anonymous.post("/api/v1/rapid-reviews", notify("RR-JWT-NONE-" + run)));
        unauthorized(() -> anonymous.get("/v3/api-docs"));
        unauthorized(() -> anonymous.get("/actuator/prometheus", "text/plain"));
        unauthorized(() -> bearer("not-a-token").get("/api/v1/rapid-reviews"));
        String token = token("jwt-recorder", List.of("RECORDER"), null);
        unauthorized(() -> bearer(token.substring(0, token.length() - 4) + "AAAA").get("/api/v1/rapid-reviews"));
        // health stays open
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void httpBasicIsNotAcceptedInJwtMode() {
        for (Api basic : List.of(anonymous.as("tester", "tester-secret"), anonymous.as("admin", "admin"), anonymous.as("recorder", "recorder-secret"))) {
            unauthorized(() -> basic.get("/api/v1/rapid-reviews"));
            unauthorized(() -> basic.post("/api/v1/rapid-reviews", notify("RR-JWT-BASIC-" + run)));
        }
    }

    // tokens

    private static String token(String name, List<String> roles, String agency) {
        try {
            return sign(claims(name, roles, agency).build(), provider.getPrivate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims(String name, List<String> roles, String agency) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("sub-" + name)
                .issuer("https://idp.example.org")
                .claim("preferred_username", name)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))));
        if (roles != null) {
            claims.claim("roles", roles);
        }
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return claims;
    }

    private static String sign(JWTClaimsSet claims, PrivateKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static KeyPair rsaKeyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    // helpers

    private static Api bearer(String token) {
        return anonymous.with("Authorization", "Bearer " + token);
    }

    private static String notify(String reference) {
        return """
                {"reference":"%s","children":["Child J"],"outcome":"DIED","awareOn":"2025-03-03",
                 "notifiedOn":"2025-03-05","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(reference);
    }

    private static String assign(Api recorder, String recommendation, String agency) {
        Api.Response assigned = recorder.post(recommendation + "/actions", """
                {"description":"Action for %s","agency":"%s","owner":"Lead","assignedOn":"2025-04-07","dueOn":"2025-09-30"}"""
                .formatted(agency, agency));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        return assigned.text("actionId");
    }

    /** Who recorded each fact of a timeline, in order. */
    private static List<String> facts(JsonNode timeline) {
        List<String> recordedBy = new ArrayList<>();
        for (JsonNode entry : timeline.path("entries")) {
            if (entry.path("entry").asText().equals("FACT")) {
                recordedBy.add(entry.path("recordedBy").asText());
            }
        }
        return recordedBy;
    }

    private static long eventCount() {
        return app.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static void unauthorized(Supplier<Api.Response> request) {
        JsonNode problem = refused(request, 401);
        assertThat(problem.path("title").asText()).isEqualTo("Authentication is required");
        assertThat(problem.path("detail").asText()).contains("bearer token");
    }

    /** A problem detail with the status, and nothing recorded. */
    private static JsonNode refused(Supplier<Api.Response> request, int status) {
        long before = eventCount();
        Api.Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        if (status == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(eventCount()).as("a refused request changes nothing").isEqualTo(before);
        return problem;
    }
}
