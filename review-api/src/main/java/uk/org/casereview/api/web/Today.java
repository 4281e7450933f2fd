package uk.org.casereview.api.web;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Today in England, from the application's clock; the default of every {@code asOf}. */
@Component
public class Today {

    private final Clock clock;

    public Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public LocalDate orToday(LocalDate asOf) {
        return asOf == null ? date() : asOf;
    }
}
