package uk.org.casereview.api.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static uk.org.casereview.api.security.Roles.ADMIN;
import static uk.org.casereview.api.security.Roles.AGENCY_LEAD;
import static uk.org.casereview.api.security.Roles.METRICS;
import static uk.org.casereview.api.security.Roles.RECORDER;
import static uk.org.casereview.api.security.Roles.SCRUTINEER;

/**
 * Who may do what. Health is open; everything else needs authentication: HTTP Basic against the configured users
 * (the embedded default) or bearer tokens of an OAuth2/OIDC identity provider ({@code casereview.security.mode=jwt}).
 * The agency lead's own-agency rule is checked where the action is known (the recommendation endpoints). This chain
 * covers the API, the actuator and Swagger UI; the pages for people ({@code uk.org.casereview.api.pages.signin}) have a
 * chain of their own with a session, a sign-in page and CSRF protection.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnProperty(name = "casereview.security.mode", havingValue = "basic", matchIfMissing = true)
    public ConfiguredUsers configuredUsers(SecuritySettings settings, PasswordEncoder encoder, JdbcTemplate jdbc) {
        return new ConfiguredUsers(settings, encoder, jdbc);
    }

    /** Password checks for HTTP Basic and the sign-in form, with the cache of verified credentials. */
    @Bean
    @ConditionalOnProperty(name = "casereview.security.mode", havingValue = "basic", matchIfMissing = true)
    public VerifiedCredentials verifiedCredentials(ConfiguredUsers users, PasswordEncoder encoder, SecuritySettings settings) {
        return new VerifiedCredentials(users, encoder, settings.credentialCache());
    }

    /** JWT mode: each bearer token's signature is checked once, then remembered until it expires (see {@link VerifiedTokens}). */
    @Bean
    static BeanPostProcessor verifiedTokens(Environment environment) {
        Duration timeToLive = Binder.get(environment).bind("casereview.security.credential-cache", Duration.class).orElse(Duration.ofMinutes(5));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, timeToLive, Clock.systemUTC()) : bean;
            }
        };
    }

    /** The paths of API clients and Prometheus: stateless, HTTP Basic or bearer tokens. Pages for people have their own chain. */
    public static final String[] API_PATHS = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(1)
    public SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, ProblemResponses problems) throws Exception {
        http.securityMatcher(API_PATHS)
                .csrf(AbstractHttpConfigurer::disable) // a stateless API: credentials on every request, no cookies
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(METRICS)
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN)
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                                .hasAnyRole(RECORDER, AGENCY_LEAD, SCRUTINEER, ADMIN) // people, not the scraper
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/**").hasAnyRole(SCRUTINEER, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/integrity").hasAnyRole(SCRUTINEER, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/reference-data").hasAnyRole(RECORDER, AGENCY_LEAD, SCRUTINEER, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/recommendations/*/actions/*/progress",
                                "/api/v1/recommendations/*/actions/*/evidence").hasAnyRole(RECORDER, AGENCY_LEAD)
                        .requestMatchers(HttpMethod.POST, "/api/v1/**").hasRole(RECORDER)
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(RECORDER, AGENCY_LEAD, SCRUTINEER)
                        .requestMatchers("/api/**").hasRole(RECORDER)
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
        if (settings.jwtMode()) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(problems::unauthorized)
                    .accessDeniedHandler(problems::forbidden)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens(settings.jwt()))));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized));
        }
        return http.build();
    }

    /** The user's name, roles and agency from the token's claims, as configured. */
    static Converter<Jwt, AbstractAuthenticationToken> tokens(SecuritySettings.Jwt claims) {
        return jwt -> {
            List<String> roles = jwt.hasClaim(claims.rolesClaim()) ? jwt.getClaimAsStringList(claims.rolesClaim()) : List.of();
            List<SimpleGrantedAuthority> authorities = roles.stream().filter(Roles.ALL::contains)
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
            String name = jwt.hasClaim(claims.nameClaim()) ? jwt.getClaimAsString(claims.nameClaim()) : jwt.getSubject();
            return new JwtAuthenticationToken(jwt, authorities, name);
        };
    }
}
