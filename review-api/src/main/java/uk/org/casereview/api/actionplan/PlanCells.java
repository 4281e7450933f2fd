package uk.org.casereview.api.actionplan;

import org.springframework.stereotype.Component;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.recommendation.ActionStatus;
import uk.org.casereview.domain.recommendation.AssignAction;
import uk.org.casereview.domain.recommendation.CancelAction;
import uk.org.casereview.domain.recommendation.CloseRecommendation;
import uk.org.casereview.domain.recommendation.ReportActionProgress;
import uk.org.casereview.domain.recommendation.RespondToRecommendation;
import uk.org.casereview.domain.recommendation.ReviewActionEvidence;
import uk.org.casereview.domain.recommendation.ReviseActionDueDate;
import uk.org.casereview.domain.recommendation.SubmitActionEvidence;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.domain.referencedata.UnknownCodeException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static uk.org.casereview.api.actionplan.ActionPlanColumns.*;

/**
 * The cells of an action plan row read as the commands' fields: dates ISO ({@code 2024-05-21}) or
 * {@code dd/mm/yyyy} ({@code 21/05/2024}); agencies and themes by code ({@code POLICE}) or label ({@code Police});
 * several themes separated by {@code ;}; the kind, response and status by name, in any case. A cell that cannot be
 * read is a problem of its line and column, with the message the API gives for the same mistake.
 */
@Component
public class PlanCells {

    /** The source kind of a recommendation of a rapid review: a rapid review is recorded from its notification, never imported. */
    public static final String RAPID_REVIEW = "RAPID_REVIEW";

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final ReferenceData referenceData;

    public PlanCells(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** The row's cells as fields; null fields where a cell is empty or could not be read (each such cell is a problem). */
    public record Parsed(PracticeReviewKind sourceKind, LocalDate sourceDecidedOn, List<String> themes, LocalDate madeOn,
                         Boolean accepted, LocalDate respondedOn, String agency, LocalDate assignedOn, LocalDate dueOn,
                         LocalDate originalDueOn, ActionStatus actionStatus, LocalDate completedOn, LocalDate closedOn) {
    }

    Parsed parse(PlanRow row, List<ImportReport.Problem> problems) {
        Cells cells = new Cells(row, problems);
        return new Parsed(cells.kind(), cells.date(SOURCE_DECIDED_ON), cells.themes(), cells.date(MADE_ON), cells.response(),
                cells.date(RESPONDED_ON), cells.agency(), cells.date(ASSIGNED_ON), cells.date(DUE_ON), cells.date(ORIGINAL_DUE_ON),
                cells.status(), cells.date(COMPLETED_ON), cells.date(CLOSED_ON));
    }

    private final class Cells {
        private final PlanRow row;
        private final List<ImportReport.Problem> problems;

        Cells(PlanRow row, List<ImportReport.Problem> problems) {
            this.row = row;
            this.problems = problems;
        }

        LocalDate date(String column) {
            String text = row.cell(column);
            if (text == null) {
                return null;
            }
            for (DateTimeFormatter format : List.of(ISO, ENGLISH)) {
                try {
                    return LocalDate.parse(text, format);
                } catch (DateTimeParseException e) {
                    // the other format
                }
            }
            problem(column, column + " '" + text + "' is not a date: give it as yyyy-mm-dd or dd/mm/yyyy");
            return null;
        }

        PracticeReviewKind kind() {
            String text = row.cell(SOURCE_KIND);
            if (text == null || name(text).equals(RAPID_REVIEW)) {
                return null;
            }
            try {
                return PracticeReviewKind.valueOf(name(text));
            } catch (IllegalArgumentException e) {
                problem(SOURCE_KIND, "unknown source_kind " + text + "; valid kinds are " + RAPID_REVIEW + ", "
                        + String.join(", ", Arrays.stream(PracticeReviewKind.values()).map(Enum::name).toList()));
                return null;
            }
        }

        Boolean response() {
            String text = row.cell(RESPONSE);
            if (text == null) {
                return null;
            }
            return switch (name(text)) {
                case "ACCEPTED" -> true;
                case "DECLINED" -> false;
                default -> {
                    problem(RESPONSE, "unknown response " + text + "; valid responses are ACCEPTED, DECLINED (or empty)");
                    yield null;
                }
            };
        }

        ActionStatus status() {
            String text = row.cell(ACTION_STATUS);
            if (text == null) {
                return null;
            }
            try {
                return ActionStatus.valueOf(name(text));
            } catch (IllegalArgumentException e) {
                problem(ACTION_STATUS, "unknown action_status " + text + "; valid statuses are "
                        + String.join(", ", Arrays.stream(ActionStatus.values()).map(Enum::name).toList()));
                return null;
            }
        }

        String agency() {
            String text = row.cell(AGENCY);
            if (text == null) {
                return null;
            }
            return code(AGENCY, "agency", List.of(text), referenceData.agencies()).get(0);
        }

        List<String> themes() {
            String text = row.cell(THEMES);
            if (text == null) {
                return List.of();
            }
            List<String> given = Arrays.stream(text.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            return code(THEMES, "themes", given, referenceData.themes());
        }

        /** Codes as given, or the codes of labels (in any case); an unknown one is the API's unknown-code message. */
        private List<String> code(String column, String field, List<String> given, Map<String, String> known) {
            Map<String, String> byLabel = new LinkedHashMap<>();
            known.forEach((code, label) -> byLabel.put(label.toLowerCase(Locale.ROOT), code));
            List<String> codes = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String text : given) {
                String code = known.containsKey(text) ? text : known.containsKey(name(text)) ? name(text) : byLabel.get(text.toLowerCase(Locale.ROOT));
                if (code == null) {
                    unknown.add(text);
                    codes.add(text);
                } else {
                    codes.add(code);
                }
            }
            if (!unknown.isEmpty()) {
                problem(column, new UnknownCodeException(field, unknown, known.keySet()).getMessage() + " (or their labels)");
            }
            return codes;
        }

        private void problem(String column, String message) {
            problems.add(new ImportReport.Problem(row.line(), column, message));
        }
    }

    /** "In progress" as IN_PROGRESS. */
    private static String name(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** The column of a command's field, for a problem the domain found in it; null when the field has no column of its own. */
    static String columnOf(Object command, String field, String dateColumn) {
        String column = switch (field) {
            case "reference" -> SOURCE_REFERENCE;
            case "kind" -> SOURCE_KIND;
            case "title" -> SOURCE_TITLE;
            case "decidedOn" -> SOURCE_DECIDED_ON;
            case "sourceId" -> SOURCE_REFERENCE;
            case "number" -> RECOMMENDATION_NUMBER;
            case "text" -> RECOMMENDATION_TEXT;
            case "themes" -> THEMES;
            case "madeOn" -> MADE_ON;
            case "respondedOn" -> RESPONDED_ON;
            case "accepted" -> RESPONSE;
            case "description" -> ACTION_DESCRIPTION;
            case "agency" -> AGENCY;
            case "owner" -> OWNER;
            case "assignedOn" -> ASSIGNED_ON;
            case "summary", "note" -> EVIDENCE_SUMMARY;
            case "closedOn" -> CLOSED_ON;
            case "impactStatement" -> IMPACT_STATEMENT;
            default -> null;
        };
        if (command instanceof RespondToRecommendation || command instanceof CloseRecommendation) {
            return "rationale".equals(field) ? RESPONSE_RATIONALE : column;
        }
        if (command instanceof AssignAction && "dueOn".equals(field)) {
            return DUE_ON;
        }
        if (command instanceof ReviseActionDueDate) {
            return "revisedOn".equals(field) ? ASSIGNED_ON : "dueOn".equals(field) ? DUE_ON : column;
        }
        if (command instanceof CancelAction) {
            return "cancelledOn".equals(field) ? COMPLETED_ON : "reason".equals(field) ? EVIDENCE_SUMMARY : column;
        }
        if (command instanceof SubmitActionEvidence || command instanceof ReviewActionEvidence || command instanceof ReportActionProgress) {
            return field.endsWith("On") ? dateColumn : column;
        }
        return column;
    }
}
