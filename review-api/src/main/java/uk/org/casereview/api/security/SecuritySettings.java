package uk.org.casereview.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code casereview.security.*}: who may use the service.
 *
 * @param mode   {@code basic} (the embedded default: users from configuration, HTTP Basic) or {@code jwt} (an OAuth2/OIDC
 *               identity provider's tokens, checked as a resource server)
 * @param users  the users of the embedded default, each with a hashed password ({@code {bcrypt}...})
 * @param jwt    which claims of a token carry the user's name, roles and agency
 * @param credentialCache how long verified credentials of the embedded default are remembered (see
 *               {@link VerifiedCredentials}); 0 checks the password hash on every request
 */
@ConfigurationProperties("casereview.security")
public record SecuritySettings(@DefaultValue("basic") String mode, @DefaultValue List<User> users, @DefaultValue Jwt jwt,
                               @DefaultValue("5m") Duration credentialCache) {

    /**
     * @param name      the user name, recorded on every fact the user records
     * @param password  the password hash, with its encoder's prefix: {@code {bcrypt}$2a$10$...}
     * @param roles     RECORDER, AGENCY_LEAD, SCRUTINEER, METRICS, ADMIN
     * @param agency    for an agency lead: the agency code whose actions it may report on
     */
    public record User(String name, String password, List<String> roles, String agency) {
    }

    /**
     * @param nameClaim   the claim with the user's name (default preferred_username, then sub)
     * @param rolesClaim  the claim with the list of roles (names as above)
     * @param agencyClaim the claim with an agency lead's agency code
     */
    public record Jwt(@DefaultValue("preferred_username") String nameClaim, @DefaultValue("roles") String rolesClaim,
                      @DefaultValue("agency") String agencyClaim) {
    }

    public boolean jwtMode() {
        return "jwt".equalsIgnoreCase(mode);
    }
}
