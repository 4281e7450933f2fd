package uk.org.casereview.projections.readmodel;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The periods containing a date, found through the length classes, are exactly those a full scan finds. */
class ActivePeriodsTest {

    @Test
    void lengthClassesArePowersOfTwoAndOpenPeriodsHaveTheirOwn() {
        LocalDate day = LocalDate.parse("2024-01-01");
        assertThat(ActivePeriods.lengthClass(day, day)).isZero();
        assertThat(ActivePeriods.lengthClass(day, day.plusDays(1))).isZero();
        assertThat(ActivePeriods.lengthClass(day, day.plusDays(2))).isEqualTo(1);
        assertThat(ActivePeriods.lengthClass(day, day.plusDays(3))).isEqualTo(1);
        assertThat(ActivePeriods.lengthClass(day, day.plusDays(4))).isEqualTo(2);
        assertThat(ActivePeriods.lengthClass(day, day.plusDays(365))).isEqualTo(8);
        assertThat(ActivePeriods.lengthClass(day, ReadModels.OPEN_END)).isEqualTo(ActivePeriods.OPEN);
    }

    @Test
    void theUnionOfTheClassesIsAFullScan() {
        JdbcTemplate jdbc = ReadModelFixture.database();
        Random random = new Random(7);
        LocalDate start = LocalDate.parse("2016-01-01");
        for (int i = 0; i < 3_000; i++) {
            LocalDate from = start.plusDays(random.nextInt(3_650));
            LocalDate to = random.nextInt(5) == 0 ? ReadModels.OPEN_END : from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 2_000));
            jdbc.update("insert into recommendation_period (recommendation_id, from_on, to_on, status, length_class) values (?, ?, ?, 'IN_PROGRESS', ?)",
                    "rec-" + i, from, to, ActivePeriods.lengthClass(from, to));
        }
        for (int d = 0; d < 4_000; d += 37) {
            LocalDate date = start.plusDays(d);
            List<Object> args = new ArrayList<>();
            List<String> byClasses = jdbc.queryForList("select recommendation_id from "
                    + ActivePeriods.containing("recommendation_period", "recommendation_id", date, args) + " p order by recommendation_id",
                    String.class, args.toArray());
            List<String> byScan = jdbc.queryForList("select recommendation_id from recommendation_period where from_on <= ? and to_on > ?"
                    + " order by recommendation_id", String.class, date, date);
            assertThat(byClasses).as("periods containing " + date).isEqualTo(byScan);
        }
    }

    @Test
    void thePeriodsOverlappingAYearByTheClassesAreThoseAFullScanFinds() {
        JdbcTemplate jdbc = ReadModelFixture.database();
        Random random = new Random(11);
        LocalDate start = LocalDate.parse("2016-01-01");
        for (int i = 0; i < 3_000; i++) {
            LocalDate from = start.plusDays(random.nextInt(3_650));
            LocalDate to = random.nextInt(5) == 0 ? ReadModels.OPEN_END : from.plusDays(1 + random.nextInt(random.nextBoolean() ? 40 : 2_000));
            jdbc.update("insert into recommendation_open_period (recommendation_id, from_on, to_on, length_class) values (?, ?, ?, ?)",
                    "rec-" + i, from, to, ActivePeriods.lengthClass(from, to));
        }
        for (int d = 0; d < 4_000; d += 91) {
            LocalDate from = start.plusDays(d);
            LocalDate to = from.plusDays(random.nextInt(400));
            List<Object> args = new ArrayList<>();
            List<String> byClasses = jdbc.queryForList("select recommendation_id from "
                    + ActivePeriods.overlapping("recommendation_open_period", "recommendation_id", from, to, args) + " p order by recommendation_id",
                    String.class, args.toArray());
            List<String> byScan = jdbc.queryForList("select recommendation_id from recommendation_open_period where from_on <= ? and to_on > ?"
                    + " order by recommendation_id", String.class, to, from);
            assertThat(byClasses).as("periods overlapping " + from + " to " + to).isEqualTo(byScan).isNotEmpty();
        }
    }
}
