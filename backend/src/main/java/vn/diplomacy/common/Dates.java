package vn.diplomacy.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The one rule for a date on the wire: a YYYY-MM-DD string between 1900-01-01 and 2200-12-31. */
public final class Dates {
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2200, 12, 31);
    public static final String RULE = "must be a date YYYY-MM-DD from 1900-01-01 to 2200-12-31";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Dates() {}

    /** The date, or null when the text is not a date within the range (a year 99999 would break the database). */
    public static LocalDate parseOrNull(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            return date.isBefore(MIN) || date.isAfter(MAX) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
