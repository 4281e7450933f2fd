package uk.org.casereview.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The safeguarding case-review tracker: REST API, read models and statutory clocks over an Axon event store. */
@SpringBootApplication(scanBasePackages = "uk.org.casereview")
@ConfigurationPropertiesScan
@EnableScheduling
public class CaseReviewApplication {

    static {
        // the machines are offline: never let Axon's update checker try the network, however the application starts
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }

    public static void main(String[] args) {
        SpringApplication.run(CaseReviewApplication.class, args);
    }
}
