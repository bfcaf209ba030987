package org.svtracker.web.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.svtracker.domain.money.Money;
import org.svtracker.web.form.Numbers;

/** How the contract pages write dates, amounts and percentages in what is composed in Java (summary rows, options). */
final class Copy {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Copy() {}

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String money(BigDecimal amount) {
        return new Money(amount.setScale(2, java.math.RoundingMode.HALF_UP)).toString();
    }

    static String percent(BigDecimal percent) {
        return Numbers.text(percent) + "%";
    }
}
