package uk.org.casereview.api.pages.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import uk.org.casereview.api.security.Roles;
import uk.org.casereview.api.security.SecuritySettings;

import java.util.List;

import static uk.org.casereview.api.security.Roles.ADMIN;
import static uk.org.casereview.api.security.Roles.AGENCY_LEAD;
import static uk.org.casereview.api.security.Roles.RECORDER;
import static uk.org.casereview.api.security.Roles.SCRUTINEER;

/**
 * Sign-in for people: a sign-in page and a session (signed out after {@code server.servlet.session.timeout} without
 * use), CSRF protection on every form, and OIDC sign-in when an identity provider is configured
 * ({@code spring.security.oauth2.client.registration.*}), with the role and agency claims of the API's JWT mode.
 * The API keeps its own stateless chain (HTTP Basic or bearer tokens), which is matched first.
 */
@Configuration
public class PageSecurity {

    public static final String SIGN_IN = "/sign-in";

    @Bean
    @Order(2)
    public SecurityFilterChain pageSecurityFilterChain(HttpSecurity http, ObjectProvider<UserDetailsService> users,
                                                       ObjectProvider<ClientRegistrationRepository> identityProviders,
                                                       SecuritySettings settings) throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null); // plain addresses after sign-in, without "?continue"
        http.requestCache(cache -> cache.requestCache(requestCache))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN, "/not-allowed", "/assets/**", "/webjars/**", "/pages/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().hasAnyRole(RECORDER, AGENCY_LEAD, SCRUTINEER, ADMIN))
                .sessionManagement(session -> session.invalidSessionUrl(SIGN_IN + "?timedOut"))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage("/not-allowed"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'")));
        if (users.getIfAvailable() != null) {
            http.formLogin(form -> form.loginPage(SIGN_IN).defaultSuccessUrl("/", false).failureUrl(SIGN_IN + "?error"));
        } else {
            http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                    new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint(SIGN_IN)));
        }
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage(SIGN_IN)
                    .defaultSuccessUrl("/", false)
                    .failureUrl(SIGN_IN + "?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers(settings.jwt()))));
        }
        return http.build();
    }

    /** A person signed in through the identity provider, with the roles and agency of the claims named for the JWT mode. */
    static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers(SecuritySettings.Jwt claims) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            List<String> roles = user.getClaimAsStringList(claims.rolesClaim());
            List<SimpleGrantedAuthority> authorities = (roles == null ? List.<String>of() : roles).stream()
                    .filter(Roles.ALL::contains).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
            String nameClaim = user.getClaims().containsKey(claims.nameClaim()) ? claims.nameClaim() : "sub";
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
        };
    }
}
