package uk.org.casereview.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import uk.org.casereview.api.strictinput.IsoDate;
import uk.org.casereview.api.strictinput.StrictParameters;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Problem details even where Spring MVC is not reached: requests the security firewall rejects (an encoded ';' or '%'
 * in the path, a control character in a query parameter) and requests Tomcat itself rejects (an encoded '/', '\' or NUL,
 * an unknown method such as CONNECT, an unknown Transfer-Encoding). JSON only: the XML converter that Jackson's XML
 * module (a dependency of the holiday library) would add is removed, so an XML body is a 415. Query parameters and path
 * variables are converted strictly ({@link StrictParameters}).
 */
@Configuration
public class WebConfiguration implements WebMvcConfigurer {

    /**
     * Query parameters and path variables are read as strictly as request bodies: one parser of dates for both. (An
     * empty field of a page's form, "as at" left blank, means no date; the API refuses empty parameters before this.)
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, text -> text.isEmpty() ? null : IsoDate.parse(text));
    }

    /** The API's parameters are checked strictly; the pages' forms send empty fields for questions left blank. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StrictParameters()).addPathPatterns("/api/**");
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
    }

    @Bean
    public RequestRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        return (request, response, rejected) -> {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                    "the request's path or headers are not allowed: " + rejected.getMessage());
            problem.setInstance(URI.create("/"));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        };
    }

    /**
     * Spring Security's strict firewall, which also refuses control characters in parameters; line breaks and tabs are
     * allowed, as in the domain's text (a page's form sends a textarea's lines as a parameter).
     */
    @Bean
    public HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterValues(value -> value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));
        return firewall;
    }

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemPagesFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's own error page, as a problem detail. */
    public static class ProblemReportValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String title = status == 501 ? "Not implemented" : "The request is not valid";
            String detail = status == 501 ? "the service does not support the request's method or its Transfer-Encoding"
                    : "the server could not accept the request as sent (its path, headers or encoding)";
            String body = "{\"type\":\"" + Problems.typeFor(status) + "\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}";
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(body);
                response.finishResponse();
            } catch (IOException | IllegalStateException ignored) {
                // the client has gone
            }
        }
    }
}
