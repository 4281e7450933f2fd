package uk.org.casereview.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The bearer tokens of JWT mode, each checked once (its signature, issuer and times, by the identity provider's
 * decoder) and then remembered until it expires or for {@code casereview.security.credential-cache}, whichever is
 * sooner: a client that sends the same token on every request pays the RSA signature check once. A token is
 * immutable, so a remembered one says what the check said; one past its expiry is checked again, and refused.
 */
public class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder check;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    public VerifiedTokens(JwtDecoder check, Duration timeToLive, Clock clock) {
        this.check = check;
        this.clock = clock;
        this.verified = timeToLive.isZero() || timeToLive.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (verified == null) {
            return check.decode(token);
        }
        Jwt remembered = verified.getIfPresent(token);
        if (remembered != null && (remembered.getExpiresAt() == null || Instant.now(clock).isBefore(remembered.getExpiresAt()))) {
            return remembered;
        }
        verified.invalidate(token);
        Jwt jwt = check.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
