package uk.org.casereview.domain.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock fixed at noon, London time, on a given day: tests never depend on today's date. */
public final class TestClocks {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TestClocks() {
    }

    public static Clock on(String isoDate) {
        return Clock.fixed(LocalDate.parse(isoDate).atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
    }
}
