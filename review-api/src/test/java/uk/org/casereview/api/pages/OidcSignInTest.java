package uk.org.casereview.api.pages;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.api.support.Browser;
import uk.org.casereview.api.support.TestDatabase;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OIDC sign-in for people with an identity provider (a mock OIDC server here): the person's name, role and agency come
 * from the claims named for the API's JWT mode, and the sign-in page offers the provider beside the password form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "casereview.fixed-date=" + ApiTest.TODAY)
@ActiveProfiles("e2e")
class OidcSignInTest {

    private static final MockOAuth2Server IDENTITY_PROVIDER = started();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws Exception {
        TestDatabase.register(registry, Files.createTempDirectory("casereview-oidc"));
        String registration = "spring.security.oauth2.client.registration.council.";
        registry.add(registration + "client-id", () -> "case-review-tracker");
        registry.add(registration + "client-secret", () -> "tracker-secret");
        registry.add(registration + "client-name", () -> "your council account");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add(registration + "provider", () -> "council");
        registry.add("spring.security.oauth2.client.provider.council.issuer-uri", () -> IDENTITY_PROVIDER.issuerUrl("council").toString());
    }

    @AfterAll
    static void stop() {
        IDENTITY_PROVIDER.shutdown();
    }

    @Test
    void anAgencyLeadSignsInWithTheCouncilsAccountWithTheRoleAndAgencyOfItsClaims() {
        IDENTITY_PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("council", "a1b2c3", "JWT", List.of("case-review-tracker"),
                Map.of("preferred_username", "housing.lead", "roles", List.of("AGENCY_LEAD"), "agency", "HOUSING"), 3600));
        try (Browser browser = new Browser(port)) {
            browser.open("/sign-in");
            assertThat(browser.text()).contains("Or sign in with your organisation's account");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.click("Sign in with your council account");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.pageText()).contains("Signed in as housing.lead (Agency lead, Housing)");
            browser.click("My agency's actions");
            assertThat(browser.heading()).contains("Housing").contains("Your agency's actions");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }
}
