package uk.org.casereview.api.pages;

import org.springframework.stereotype.Component;
import uk.org.casereview.domain.referencedata.ReferenceData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Codes, states and dates in the words people read, and the GOV.UK tag colour of each state; used by the templates. */
@Component("words")
public class Words {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ReferenceData referenceData;

    public Words(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public String agency(String code) {
        return code == null ? "" : referenceData.agencies().getOrDefault(code, code);
    }

    public String theme(String code) {
        return code == null ? "" : referenceData.themes().getOrDefault(code, code);
    }

    public String themes(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::theme).collect(Collectors.joining(", "));
    }

    public String agencies(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::agency).collect(Collectors.joining(", "));
    }

    /** NATIONAL_REVIEW_RECOMMENDED as "National review recommended". */
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        String words = value.toString().toLowerCase(Locale.UK).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A kind of review or a rapid review's decision: CSPR as "Child safeguarding practice review (CSPR)". */
    public String kind(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "CSPR" -> "Child safeguarding practice review (CSPR)";
            case "NO_CSPR" -> "No CSPR";
            case "SERIOUS_CASE_REVIEW" -> "Serious case review (SCR)";
            default -> of(code);
        };
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(LONDON));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The GOV.UK tag modifier for a RAG, milestone state or status. */
    public String tag(Object state) {
        if (state == null) {
            return "govuk-tag--grey";
        }
        return switch (state.toString()) {
            case "RED", "OVERDUE", "MISSED", "DECLINED" -> "govuk-tag--red";
            case "AMBER", "EVIDENCE_SUBMITTED" -> "govuk-tag--orange";
            case "GREEN", "MET", "ACCEPTED", "PUBLISHED" -> "govuk-tag--green";
            case "COMPLETE", "ACTIONS_COMPLETE", "CLOSED" -> "govuk-tag--blue";
            case "CANCELLED", "NOT_REQUIRED", "WITHHELD" -> "govuk-tag--grey";
            case "IN_PROGRESS", "DUE" -> "govuk-tag--light-blue";
            default -> "govuk-tag--purple";
        };
    }
}
