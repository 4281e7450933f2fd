package uk.org.casereview.api.strictinput;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * The one way a date is written, in a request body as in a query or a path: yyyy-MM-dd, a real date of the years 0001
 * to 9999. No sign, no zone or offset, no time of day, no week or ordinal date, no spaces.
 */
public final class IsoDate {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private IsoDate() {
    }

    /** The date, or IllegalArgumentException saying why the text is not one. */
    public static LocalDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException("a date is written yyyy-MM-dd");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a real date");
        }
        if (date.getYear() < 1) {
            throw new IllegalArgumentException("the year 0000 is not a year of the calendar");
        }
        return date;
    }
}
