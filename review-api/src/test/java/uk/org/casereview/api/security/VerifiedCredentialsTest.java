package uk.org.casereview.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cache of verified credentials: the costly hash is checked once per user and password, never for a wrong password,
 * again when the user's configuration changes, and again when the entry expires.
 */
class VerifiedCredentialsTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final Map<String, UserDetails> configured = new HashMap<>();
    private final UserDetailsService users = name -> {
        UserDetails user = configured.get(name);
        if (user == null) {
            throw new UsernameNotFoundException(name);
        }
        return user;
    };
    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedCredentials credentials = new VerifiedCredentials(users, counting, Duration.ofMinutes(5), nanos::get);

    VerifiedCredentialsTest() {
        configure("lead", "right-password", "AGENCY_LEAD");
    }

    @Test
    void theHashIsCheckedOnceForTheSameUserAndPassword() {
        Authentication first = credentials.authenticate(basic("lead", "right-password"));
        Authentication second = credentials.authenticate(basic("lead", "right-password"));

        assertThat(hashChecks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo(first.getName()).isEqualTo("lead");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(second.getPrincipal()).isInstanceOf(CaseReviewUser.class);
        assertThat(second.getCredentials()).isNull();
        assertThat(credentials.size()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeWithTheFullCheckAndIsNeverRemembered() {
        credentials.authenticate(basic("lead", "right-password"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> credentials.authenticate(basic("lead", "wrong-password"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(hashChecks).hasValue(4);
        assertThat(credentials.size()).isEqualTo(1);
        assertThatThrownBy(() -> credentials.authenticate(basic("nobody", "right-password"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aChangedPasswordInTheConfigurationDropsTheRememberedCredentials() {
        credentials.authenticate(basic("lead", "right-password"));
        configure("lead", "new-password", "AGENCY_LEAD");

        assertThatThrownBy(() -> credentials.authenticate(basic("lead", "right-password"))).isInstanceOf(BadCredentialsException.class);
        assertThat(credentials.authenticate(basic("lead", "new-password")).isAuthenticated()).isTrue();
        assertThat(hashChecks).hasValue(3);
        assertThat(credentials.size()).isEqualTo(1);
    }

    @Test
    void aRemovedUserIsRefusedAtOnce() {
        credentials.authenticate(basic("lead", "right-password"));
        configured.remove("lead");

        assertThatThrownBy(() -> credentials.authenticate(basic("lead", "right-password"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void rememberedCredentialsExpire() {
        credentials.authenticate(basic("lead", "right-password"));
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        credentials.authenticate(basic("lead", "right-password"));
        assertThat(hashChecks).hasValue(1);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        credentials.authenticate(basic("lead", "right-password"));
        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void withNoTimeToLiveEveryRequestPaysTheFullCheck() {
        VerifiedCredentials off = new VerifiedCredentials(users, counting, Duration.ZERO);
        off.authenticate(basic("lead", "right-password"));
        off.authenticate(basic("lead", "right-password"));

        assertThat(hashChecks).hasValue(2);
        assertThat(off.size()).isZero();
    }

    @Test
    void theSamePasswordOfAnotherUserIsNotTheSameCredentials() {
        configure("recorder", "right-password", "RECORDER");
        credentials.authenticate(basic("lead", "right-password"));
        Authentication recorder = credentials.authenticate(basic("recorder", "right-password"));

        assertThat(hashChecks).hasValue(2);
        assertThat(recorder.getName()).isEqualTo("recorder");
        assertThat(recorder.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_RECORDER");
    }

    private void configure(String name, String password, String role) {
        configured.put(name, new CaseReviewUser(name, bcrypt.encode(password), List.of(role), null));
    }

    private static UsernamePasswordAuthenticationToken basic(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }
}
