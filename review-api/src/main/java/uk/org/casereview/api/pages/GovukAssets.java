package uk.org.casereview.api.pages;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend, built into the jar (the {@code govuk-frontend} package as a webjar): its stylesheet and script are
 * served under /webjars/, and the images its stylesheet refers to under /assets/. Nothing is fetched at run time. The
 * GOV.UK font is for services on GOV.UK only, so it is not served: pages use the Design System's fallback, Arial.
 */
@Configuration
public class GovukAssets implements WebMvcConfigurer {

    public static final String VERSION = "5.10.2";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk/assets/images/");
    }
}
