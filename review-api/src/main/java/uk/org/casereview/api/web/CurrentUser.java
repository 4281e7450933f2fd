package uk.org.casereview.api.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.security.CaseReviewUser;
import uk.org.casereview.api.security.SecuritySettings;

/** Who is making the request: the authenticated user's name (recorded on every fact), roles and agency. */
@Component
public class CurrentUser {

    private final SecuritySettings settings;

    public CurrentUser(SecuritySettings settings) {
        this.settings = settings;
    }

    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    public boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /** The agency of an agency lead (from configuration or the token's agency claim); null for anyone else. */
    public String agency() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof CaseReviewUser user) {
            return user.agency();
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getClaimAsString(settings.jwt().agencyClaim());
        }
        if (authentication.getPrincipal() instanceof OidcUser oidc) {
            return oidc.getClaimAsString(settings.jwt().agencyClaim());
        }
        return null;
    }
}
