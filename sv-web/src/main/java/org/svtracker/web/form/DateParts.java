package org.svtracker.web.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The day, month and year of a GOV.UK date input, as typed, so that a wrong date comes back as it was written. */
public record DateParts(String day, String month, String year) {

    public static DateParts empty() {
        return new DateParts("", "", "");
    }

    public static DateParts of(LocalDate date) {
        return date == null
                ? empty()
                : new DateParts(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date, when the three parts make a real one with a four-digit year. */
    public Optional<LocalDate> toDate() {
        if (!digits(day, 2) || !digits(month, 2) || year == null || !year.trim().matches("[1-9]\\d{3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String text, int most) {
        return text != null && text.trim().matches("\\d{1," + most + "}");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
