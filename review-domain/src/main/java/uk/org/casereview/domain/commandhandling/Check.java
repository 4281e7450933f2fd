package uk.org.casereview.domain.commandhandling;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/** The checks every command makes on its own fields, each failing with a message a recorder can act on. */
public final class Check {

    public static final int SHORT_TEXT = 200;
    public static final int LONG_TEXT = 10_000;

    private Check() {
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, field + " is required");
        }
        return optionalText(field, value, maxLength);
    }

    public static String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidCommandException(field, field + " is longer than " + maxLength + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidCommandException(field, field + " contains control characters");
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
        return value;
    }

    /** A date on which something happened: required, and not after today. */
    public static LocalDate factDate(String field, LocalDate date, Clock clock) {
        present(field, date);
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new InvalidCommandException(field, field + " " + date + " is in the future (today is " + today + ")");
        }
        return date;
    }

    /** {@code date} must not be before {@code earlier}, which is when {@code what} happened. */
    public static void notBefore(String field, LocalDate date, LocalDate earlier, String what) {
        if (earlier != null && date.isBefore(earlier)) {
            throw new InvalidCommandException(field, field + " " + date + " is before " + what + " (" + earlier + ")");
        }
    }

    public static <T> List<T> list(String field, List<T> values, int min, int max) {
        int size = values == null ? 0 : values.size();
        if (size < min) {
            throw new InvalidCommandException(field, min == 1 ? field + " needs at least one entry" : field + " needs at least " + min + " entries");
        }
        if (size > max) {
            throw new InvalidCommandException(field, field + " has " + size + " entries; at most " + max + " are allowed");
        }
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidCommandException(field, field + " contains an empty entry");
        }
        if (new HashSet<>(values).size() != values.size()) {
            throw new InvalidCommandException(field, field + " repeats an entry");
        }
        return List.copyOf(values);
    }

    public static List<String> texts(String field, List<String> values, int min, int max, int maxLength) {
        List<String> checked = list(field, values, min, max);
        checked.forEach(v -> text(field, v, maxLength));
        return checked;
    }

    public static String httpUrl(String field, String value) {
        text(field, value, 2_000);
        try {
            URI uri = new URI(value);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (Exception ignored) {
            // reported below
        }
        throw new InvalidCommandException(field, field + " must be an http or https address");
    }

    public static String optionalHttpUrl(String field, String value) {
        return value == null || value.isBlank() ? null : httpUrl(field, value);
    }

    public static void refuseUnless(boolean condition, String message) {
        if (!condition) {
            throw new CommandRefusedException(message);
        }
    }

    public static boolean isBlank(Collection<?> values) {
        return values == null || values.isEmpty();
    }
}
