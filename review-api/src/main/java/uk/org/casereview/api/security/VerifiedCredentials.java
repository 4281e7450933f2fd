package uk.org.casereview.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Checks a user name and password (HTTP Basic, and the sign-in form) against the configured users, and remembers for a
 * short while the credentials it has verified, the way Elasticsearch's realms cache them: a client that sends its
 * password on every request pays the slow, deliberately costly password hash (bcrypt) once, not on every request.
 * <p>
 * An entry is keyed by a keyed fast hash (HMAC-SHA-256 under a random key made at start-up, never stored) of the user
 * name and the password, so the cache holds nothing from which a password could be recovered or tried offline. An entry
 * is used only while the user's configuration is the one it was verified against (the same password hash), so a changed
 * password or a removed user is checked afresh; it expires after {@code casereview.security.credential-cache} (5
 * minutes by default; 0 switches the cache off). A wrong password is never cached: it always pays the full check.
 */
public class VerifiedCredentials implements AuthenticationProvider {

    private final DaoAuthenticationProvider check;
    private final UserDetailsService users;
    private final Cache<String, String> verified; // key of the credentials -> the password hash they were verified against
    private final ThreadLocal<Mac> macs;

    public VerifiedCredentials(UserDetailsService users, PasswordEncoder encoder, Duration timeToLive) {
        this(users, encoder, timeToLive, Ticker.systemTicker());
    }

    /** With the clock that entries expire by. */
    VerifiedCredentials(UserDetailsService users, PasswordEncoder encoder, Duration timeToLive, Ticker ticker) {
        this.check = new DaoAuthenticationProvider(users);
        this.check.setPasswordEncoder(encoder);
        this.users = users;
        this.verified = timeToLive.isZero() || timeToLive.isNegative() ? null
                : Caffeine.newBuilder().ticker(ticker).expireAfterWrite(timeToLive).maximumSize(10_000).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        SecretKeySpec key = new SecretKeySpec(random, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 is not available", e);
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (verified == null || !(authentication.getCredentials() instanceof String password)) {
            return check.authenticate(authentication);
        }
        String name = authentication.getName();
        String credentials = keyOf(name, password);
        String verifiedAgainst = verified.getIfPresent(credentials);
        if (verifiedAgainst != null) {
            UserDetails user = current(name);
            if (user != null && verifiedAgainst.equals(user.getPassword()) && user.isEnabled() && user.isAccountNonLocked()
                    && user.isAccountNonExpired() && user.isCredentialsNonExpired()) {
                return authenticated(authentication, user);
            }
            verified.invalidate(credentials);
        }
        Authentication result = check.authenticate(authentication);
        UserDetails user = current(name);
        if (user != null) {
            verified.put(credentials, user.getPassword());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** How many verified credentials are remembered now (for tests and the benchmark). */
    public long size() {
        if (verified == null) {
            return 0;
        }
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private UserDetails current(String name) {
        try {
            return users.loadUserByUsername(name);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    /** The same answer as a full check gives: the user with its current roles, without the credentials. */
    private static Authentication authenticated(Authentication request, UserDetails user) {
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(request.getDetails());
        return result;
    }

    private String keyOf(String name, String password) {
        Mac mac = macs.get(); // doFinal leaves it ready for the next use
        mac.update(name.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }
}
