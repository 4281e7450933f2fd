package uk.org.casereview.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The users of the embedded default, from configuration. Passwords must be hashes ({@code {bcrypt}...}); a plain
 * password is refused at start-up. With no users configured, the first start creates one account, {@code admin}, with
 * the roles RECORDER and ADMIN and a generated password that is printed once to the log and kept (hashed) in the
 * database; there is never a fixed default password.
 */
public class ConfiguredUsers implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);
    private static final Pattern HASHED = Pattern.compile("^\\{(bcrypt|argon2|argon2@SpringSecurity_v5_8|pbkdf2|pbkdf2@SpringSecurity_v5_8|scrypt|scrypt@SpringSecurity_v5_8)}.+");
    public static final String GENERATED_ACCOUNT = "admin";

    private final Map<String, CaseReviewUser> users = new LinkedHashMap<>();

    public ConfiguredUsers(SecuritySettings settings, PasswordEncoder encoder, JdbcTemplate jdbc) {
        for (SecuritySettings.User user : settings.users()) {
            if (user.name() == null || user.name().isBlank()) {
                throw new IllegalStateException("casereview.security.users: a user has no name");
            }
            if (user.password() == null || !HASHED.matcher(user.password()).matches()) {
                throw new IllegalStateException("casereview.security.users: the password of " + user.name()
                        + " must be a hash with its prefix, for example {bcrypt}$2a$10$...; plain passwords are refused");
            }
            List<String> roles = user.roles() == null ? List.of() : user.roles();
            for (String role : roles) {
                if (!Roles.ALL.contains(role)) {
                    throw new IllegalStateException("casereview.security.users: unknown role " + role + " for " + user.name()
                            + "; the roles are " + String.join(", ", Roles.ALL));
                }
            }
            if (roles.contains(Roles.AGENCY_LEAD) && (user.agency() == null || user.agency().isBlank())) {
                throw new IllegalStateException("casereview.security.users: agency lead " + user.name() + " needs an agency");
            }
            users.put(user.name(), new CaseReviewUser(user.name(), user.password(), roles, user.agency()));
        }
        if (users.isEmpty()) {
            users.put(GENERATED_ACCOUNT, generatedAccount(encoder, jdbc));
        }
    }

    private static CaseReviewUser generatedAccount(PasswordEncoder encoder, JdbcTemplate jdbc) {
        List<String> hashes = jdbc.queryForList("select password_hash from generated_account where name = ?", String.class, GENERATED_ACCOUNT);
        String hash;
        if (hashes.isEmpty()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            hash = encoder.encode(password);
            jdbc.update("insert into generated_account (name, password_hash, created_at) values (?, ?, ?)",
                    GENERATED_ACCOUNT, hash, Timestamp.from(Instant.now()));
            log.warn("\n\n    No users are configured (casereview.security.users), so this first start created one account.\n"
                    + "    user: {}   password: {}   roles: RECORDER, ADMIN\n"
                    + "    This password is printed only this once. Configure users to replace the account.\n", GENERATED_ACCOUNT, password);
        } else {
            hash = hashes.get(0);
            log.info("No users are configured: the account '{}' generated on the first start is in use", GENERATED_ACCOUNT);
        }
        return new CaseReviewUser(GENERATED_ACCOUNT, hash, List.of(Roles.RECORDER, Roles.ADMIN), null);
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        CaseReviewUser user = users.get(name);
        if (user == null) {
            throw new UsernameNotFoundException("no user " + name);
        }
        return new CaseReviewUser(user.getUsername(), user.getPassword(),
                user.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length())).toList(), user.agency());
    }
}
