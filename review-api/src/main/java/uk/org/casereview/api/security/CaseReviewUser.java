package uk.org.casereview.api.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;
import java.util.List;

/** A user of the embedded default: name, password hash, roles, and for an agency lead its agency. */
public class CaseReviewUser extends User {

    private final String agency;

    public CaseReviewUser(String name, String passwordHash, List<String> roles, String agency) {
        super(name, passwordHash, authorities(roles));
        this.agency = agency;
    }

    public String agency() {
        return agency;
    }

    static Collection<? extends GrantedAuthority> authorities(List<String> roles) {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }
}
