package org.svtracker.web.followup;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The three boxes of a GOV.UK date input, as typed, so a wrong date comes back as it was written. */
record DateField(String day, String month, String year) {

    static final DateField EMPTY = new DateField("", "", "");

    static DateField of(LocalDate date) {
        return date == null
                ? EMPTY
                : new DateField(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, if the three parts make a real one with a four-digit year. */
    Optional<LocalDate> toDate() {
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String part) {
        return part == null || part.isBlank();
    }
}
