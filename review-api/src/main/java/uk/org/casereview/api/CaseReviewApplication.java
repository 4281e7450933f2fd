package uk.org.casereview.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

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

    /**
     * Starts the service; {@code hash-password <password>} instead prints the hash to put in
     * {@code casereview.security.users[n].password}.
     */
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("hash-password")) {
            System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(args[1]));
            return;
        }
        SpringApplication.run(CaseReviewApplication.class, args);
    }
}
