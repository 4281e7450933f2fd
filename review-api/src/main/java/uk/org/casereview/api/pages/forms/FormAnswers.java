package uk.org.casereview.api.pages.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was typed into a form, kept as typed (to show it again with the errors), turned into the fields of the API's
 * request body, and the errors found, each next to its question (or, with no question, for the whole form).
 */
public final class FormAnswers {

    private final Map<String, String[]> typed;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> formErrors = new ArrayList<>();

    public FormAnswers(Map<String, String[]> typed) {
        this.typed = typed;
    }

    public static FormAnswers empty() {
        return new FormAnswers(Map.of());
    }

    /** The request body's fields from the answers; a date that is not a real date is an error of its question. */
    Map<String, Object> fields(List<Question> questions) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Question question : questions) {
            String name = question.name();
            switch (question.kind()) {
                case DATE -> fields.put(name, date(name));
                case CHECKBOXES -> fields.put(name, Arrays.stream(typed.getOrDefault(name, new String[0])).filter(v -> !v.isBlank()).toList());
                case LINES -> fields.put(name, value(name).lines().map(String::trim).filter(line -> !line.isEmpty()).toList());
                case YES_NO -> fields.put(name, value(name).isBlank() ? null : Boolean.valueOf(value(name)));
                default -> fields.put(name, value(name).isBlank() ? null : value(name));
            }
        }
        return fields;
    }

    private String date(String name) {
        String day = value(name + "-day").trim();
        String month = value(name + "-month").trim();
        String year = value(name + "-year").trim();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        String written = year + "-" + month + "-" + day;
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (NumberFormatException | DateTimeException e) {
            error(name, name + " must be a real date written yyyy-MM-dd, not '" + written + "'");
            return null;
        }
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void formError(String message) {
        formErrors.add(message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !formErrors.isEmpty();
    }

    /** The errors in the order of the questions, as the GOV.UK error summary lists them. */
    public List<Map.Entry<Question, String>> errorsInOrder(List<Question> questions) {
        return questions.stream().filter(q -> errors.containsKey(q.name())).map(q -> Map.entry(q, errors.get(q.name()))).toList();
    }

    public List<String> formErrors() {
        return formErrors;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String value(String name) {
        String[] values = typed.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    /** The ids of the hint and the error that describe a question's input, or null when it has neither. */
    public String describedBy(Question question) {
        String ids = ((question.hint() != null ? question.name() + "-hint " : "") + (error(question.name()) != null ? question.name() + "-error" : "")).trim();
        return ids.isEmpty() ? null : ids;
    }

    public boolean checked(String name, String value) {
        return Arrays.asList(typed.getOrDefault(name, new String[0])).contains(value);
    }

    /** Errors for fields that no question shows (a field the form fills itself) belong to the whole form. */
    void moveUnshownErrors(List<Question> questions) {
        errors.keySet().removeIf(field -> {
            boolean shown = questions.stream().anyMatch(q -> q.name().equals(field));
            if (!shown) {
                formErrors.add(errors.get(field));
            }
            return !shown;
        });
    }
}
