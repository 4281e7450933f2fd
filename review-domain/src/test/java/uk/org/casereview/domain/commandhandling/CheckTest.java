package uk.org.casereview.domain.commandhandling;

import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.calendar.TestClocks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckTest {

    @Test
    void textIsRequiredAndAtMostItsLength() {
        assertThat(Check.text("title", "abc", 3)).isEqualTo("abc");
        assertThatThrownBy(() -> Check.text("title", null, 3)).isInstanceOf(InvalidCommandException.class).hasMessage("title is required");
        assertThatThrownBy(() -> Check.text("title", " \t", 3)).hasMessage("title is required");
        assertThatThrownBy(() -> Check.text("title", "abcd", 3)).hasMessage("title is longer than 3 characters");
        var error = (InvalidCommandException) org.assertj.core.api.Assertions.catchThrowable(() -> Check.text("title", "", 3));
        assertThat(error.field()).isEqualTo("title");
    }

    @Test
    void optionalTextMayBeMissingButNotHoldControlCharacters() {
        assertThat(Check.optionalText("note", null, 5)).isNull();
        assertThat(Check.optionalText("note", "a\nb\r\tc", 10)).isEqualTo("a\nb\r\tc");
        assertThatThrownBy(() -> Check.optionalText("note", "a\u0000b", 10)).hasMessage("note contains control characters");
        assertThatThrownBy(() -> Check.optionalText("note", "a\u001bb", 10)).hasMessage("note contains control characters");
        assertThatThrownBy(() -> Check.optionalText("note", "abcdef", 5)).hasMessage("note is longer than 5 characters");
    }

    @Test
    void presentNeedsAValue() {
        assertThat(Check.present("kind", "CSPR")).isEqualTo("CSPR");
        assertThatThrownBy(() -> Check.present("kind", null)).hasMessage("kind is required");
    }

    @Test
    void aFactDateIsRequiredAndNotAfterToday() {
        var clock = TestClocks.on("2025-03-31");
        assertThat(Check.factDate("heldOn", LocalDate.parse("2025-03-31"), clock)).isEqualTo(LocalDate.parse("2025-03-31"));
        assertThatThrownBy(() -> Check.factDate("heldOn", LocalDate.parse("2025-04-01"), clock))
                .hasMessage("heldOn 2025-04-01 is in the future (today is 2025-03-31)");
        assertThatThrownBy(() -> Check.factDate("heldOn", null, clock)).hasMessage("heldOn is required");
    }

    @Test
    void notBeforeAllowsTheSameDay() {
        Check.notBefore("dueOn", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-01"), "assignment");
        Check.notBefore("dueOn", LocalDate.parse("2025-01-01"), null, "assignment");
        assertThatThrownBy(() -> Check.notBefore("dueOn", LocalDate.parse("2024-12-31"), LocalDate.parse("2025-01-01"), "the assignment"))
                .hasMessage("dueOn 2024-12-31 is before the assignment (2025-01-01)");
    }

    @Test
    void aListHasBoundsNoEmptyEntryAndNoRepeats() {
        assertThat(Check.list("children", List.of("A"), 1, 2)).containsExactly("A");
        assertThat(Check.list("children", List.of("A", "B"), 1, 2)).containsExactly("A", "B");
        assertThat(Check.list("themes", null, 0, 2)).isEmpty();
        assertThatThrownBy(() -> Check.list("children", null, 1, 2)).hasMessage("children needs at least one entry");
        assertThatThrownBy(() -> Check.list("children", List.of("A"), 2, 3)).hasMessage("children needs at least 2 entries");
        assertThatThrownBy(() -> Check.list("children", List.of("A", "B", "C"), 1, 2)).hasMessage("children has 3 entries; at most 2 are allowed");
        assertThatThrownBy(() -> Check.list("children", Arrays.asList("A", null), 1, 2)).hasMessage("children contains an empty entry");
        assertThatThrownBy(() -> Check.list("children", List.of("A", "A"), 1, 2)).hasMessage("children repeats an entry");
    }

    @Test
    void textsCheckEveryEntry() {
        assertThat(Check.texts("children", List.of("Child A"), 1, 4, 10)).containsExactly("Child A");
        assertThatThrownBy(() -> Check.texts("children", List.of("Child A", " "), 1, 4, 10)).hasMessage("children is required");
        assertThatThrownBy(() -> Check.texts("children", List.of("Child with a long name"), 1, 4, 10))
                .hasMessage("children is longer than 10 characters");
    }

    @Test
    void anAddressIsHttpOrHttpsWithAHost() {
        assertThat(Check.httpUrl("url", "https://lscp.example.org/r")).isEqualTo("https://lscp.example.org/r");
        assertThat(Check.httpUrl("url", "http://lscp.example.org")).isEqualTo("http://lscp.example.org");
        assertThat(Check.httpUrl("url", "HTTPS://lscp.example.org")).isEqualTo("HTTPS://lscp.example.org");
        assertThat(Check.httpUrl("url", "HTTP://lscp.example.org")).isEqualTo("HTTP://lscp.example.org");
        for (String bad : List.of("ftp://lscp.example.org", "https:///no-host", "mailto:someone@example.org", "http://exa mple.org", "lscp.example.org")) {
            assertThatThrownBy(() -> Check.httpUrl("url", bad)).as(bad).hasMessage("url must be an http or https address");
        }
        assertThatThrownBy(() -> Check.httpUrl("url", null)).hasMessage("url is required");
    }

    @Test
    void anOptionalAddressMayBeMissingOrBlank() {
        assertThat(Check.optionalHttpUrl("link", null)).isNull();
        assertThat(Check.optionalHttpUrl("link", " ")).isNull();
        assertThat(Check.optionalHttpUrl("link", "https://x.example.org")).isEqualTo("https://x.example.org");
        assertThatThrownBy(() -> Check.optionalHttpUrl("link", "file:///etc/passwd")).hasMessage("link must be an http or https address");
    }

    @Test
    void refuseUnlessRefusesWhenTheConditionIsFalse() {
        Check.refuseUnless(true, "never");
        assertThatThrownBy(() -> Check.refuseUnless(false, "cannot be closed")).isInstanceOf(CommandRefusedException.class)
                .hasMessage("cannot be closed");
    }

    @Test
    void isBlankIsNullOrEmpty() {
        assertThat(Check.isBlank(null)).isTrue();
        assertThat(Check.isBlank(Set.of())).isTrue();
        assertThat(Check.isBlank(Set.of("A"))).isFalse();
    }
}
