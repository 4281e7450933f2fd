package uk.org.casereview.api.pages.forms;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One question of a form, named after the field of the API's request body it fills, drawn with the GOV.UK component
 * of its kind: a text input, a textarea, a date input (day, month, year), radios, checkboxes, a select, a textarea with
 * one entry per line (a list), or yes/no radios (a boolean).
 */
public record Question(String name, String label, String hint, Kind kind, List<Choice> choices) {

    public enum Kind { TEXT, TEXTAREA, DATE, RADIOS, CHECKBOXES, SELECT, LINES, YES_NO }

    /** One option of radios, checkboxes or a select: the value sent and the words shown. */
    public record Choice(String value, String text) {

        public static List<Choice> of(Map<String, String> codes) {
            return codes.entrySet().stream().map(code -> new Choice(code.getKey(), code.getValue())).toList();
        }

        public static <E extends Enum<E>> List<Choice> of(E[] values, Function<E, String> words) {
            return Arrays.stream(values).map(value -> new Choice(value.name(), words.apply(value))).toList();
        }
    }

    public static Question text(String name, String label) {
        return new Question(name, label, null, Kind.TEXT, List.of());
    }

    public static Question textarea(String name, String label) {
        return new Question(name, label, null, Kind.TEXTAREA, List.of());
    }

    public static Question date(String name, String label) {
        return new Question(name, label, null, Kind.DATE, List.of());
    }

    public static Question lines(String name, String label) {
        return new Question(name, label, null, Kind.LINES, List.of());
    }

    public static Question radios(String name, String label, List<Choice> choices) {
        return new Question(name, label, null, Kind.RADIOS, choices);
    }

    public static Question checkboxes(String name, String label, List<Choice> choices) {
        return new Question(name, label, null, Kind.CHECKBOXES, choices);
    }

    public static Question select(String name, String label, List<Choice> choices) {
        return new Question(name, label, null, Kind.SELECT, choices);
    }

    /** Yes/no radios for a boolean field, with the words of each answer ("Accept", "Decline"). */
    public static Question yesNo(String name, String label, String yes, String no) {
        return new Question(name, label, null, Kind.YES_NO, List.of(new Choice("true", yes), new Choice("false", no)));
    }

    public Question hint(String words) {
        return new Question(name, label, words, kind, choices);
    }

    /** The id of the element an error links to: the first input of the question. */
    public String anchor() {
        return switch (kind) {
            case DATE -> name + "-day";
            case RADIOS, CHECKBOXES, YES_NO -> name + "-0";
            default -> name;
        };
    }
}
