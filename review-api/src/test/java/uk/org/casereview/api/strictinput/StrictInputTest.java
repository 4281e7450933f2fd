package uk.org.casereview.api.strictinput;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictInputTest {

    @Test
    void aDateIsYyyyMmDdOfTheYears0001To9999() {
        assertThat(IsoDate.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDate.parse("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(IsoDate.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        for (String bad : new String[]{"-2024-01-01", "2024-01-01Z", "2024-01-01+01:00", "+99999-01-01", "+2024-01-01", "0000-01-01",
                "2025-02-29", "2024-1-1", " 2024-01-01", "2024-01-01 ", "20240101", "2024-01-01T00:00", "2024-W01-1", ""}) {
            assertThatThrownBy(() -> IsoDate.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aWholeNumberIsDecimalDigits() {
        assertThat(StrictParameters.wholeNumber("0", 0, 10)).isZero();
        assertThat(StrictParameters.wholeNumber("-1", -5, 10)).isEqualTo(-1);
        assertThat(StrictParameters.wholeNumber("2024", 0, 9999)).isEqualTo(2024);
        for (String bad : new String[]{"0x10", "0X10", "+1", "01", "1.0", "1e2", " 1", "1 ", "", "-0", "99999999999", "\uFF11"}) {
            assertThatThrownBy(() -> StrictParameters.wholeNumber(bad, Integer.MIN_VALUE, Integer.MAX_VALUE)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void percentDecodingIsStrict() {
        assertThat(StrictRequestFilter.decode("Child%20A+B%C3%A9")).isEqualTo("Child A Bé");
        for (String bad : new String[]{"%zz", "%", "%2", "a%g0", "%e9", "%C3%28", "%ED%A0%80", "é"}) {
            assertThatThrownBy(() -> StrictRequestFilter.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aQueryWithABadlyEncodedARepeatedOrAnEmptyParameterIsAProblemNamingIt() {
        assertThat(StrictRequestFilter.queryProblem("asOf=2024-01-01&page=2&size=20")).isNull();
        assertThat(StrictRequestFilter.queryProblem(null)).isNull();
        assertThat(field("sourceId=%zz")).isEqualTo("sourceId");
        assertThat(field("page=1&page=2")).isEqualTo("page");
        assertThat(field("asOf=")).isEqualTo("asOf");
        assertThat(field("asOf")).isEqualTo("asOf");
        assertThat(field("%zz=1")).isEqualTo("%zz");
        assertThat(field("us%65r=a&user=b")).as("the same name, encoded differently").isEqualTo("user");
    }

    private static String field(String query) {
        @SuppressWarnings("unchecked")
        var errors = (java.util.List<java.util.Map<String, Object>>) StrictRequestFilter.queryProblem(query).getProperties().get("errors");
        return (String) errors.get(0).get("field");
    }
}
