package uk.org.casereview.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bearer tokens are checked once and remembered until they expire; a bad token is never remembered. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final AtomicInteger checks = new AtomicInteger();
    private final JwtDecoder provider = token -> {
        checks.incrementAndGet();
        if (token.startsWith("bad")) {
            throw new BadJwtException("An error occurred while attempting to decode the Jwt: Signed JWT rejected");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").claim("preferred_username", "reader")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plusSeconds(300)).build();
    };

    @Test
    void aTokenIsCheckedOnceWhileItIsValid() {
        VerifiedTokens tokens = new VerifiedTokens(provider, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
        Jwt first = tokens.decode("token-a");
        Jwt second = tokens.decode("token-a");

        assertThat(checks).hasValue(1);
        assertThat(second).isSameAs(first);
        tokens.decode("token-b");
        assertThat(checks).as("another token is checked on its own").hasValue(2);
    }

    @Test
    void aTokenPastItsExpiryIsCheckedAgain() {
        VerifiedTokens now = new VerifiedTokens(provider, Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));
        now.decode("token-a");
        VerifiedTokens later = new VerifiedTokens(provider, Duration.ofHours(1), Clock.fixed(NOW.plusSeconds(301), ZoneOffset.UTC));
        later.decode("token-a");
        later.decode("token-a");

        assertThat(checks).hasValue(3);
    }

    @Test
    void aBadTokenIsRefusedEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(provider, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("bad-token")).isInstanceOf(BadJwtException.class);
        }
        assertThat(checks).hasValue(2);
    }

    @Test
    void withNoTimeToLiveEveryTokenIsCheckedEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(provider, Duration.ZERO, Clock.fixed(NOW, ZoneOffset.UTC));
        tokens.decode("token-a");
        tokens.decode("token-a");

        assertThat(checks).hasValue(2);
    }
}
