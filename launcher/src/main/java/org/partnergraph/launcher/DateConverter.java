package org.partnergraph.launcher;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a date option ({@code --as-of}, {@code --from}, {@code --to}) as YYYY-MM-DD, or {@code today}. */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    @SuppressWarnings("JavaTimeDefaultTimeZone") // "today" is the user's day, in the user's zone
    public LocalDate convert(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("today") || v.equalsIgnoreCase("now")) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-06-01");
        }
    }
}
