package org.svtracker.web.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.svtracker.domain.money.Money;
import org.svtracker.web.form.Numbers;

/** The words of the contract pages, from the messages, for what is composed in Java (summary rows, options). */
@Component
class Copy {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MessageSource messages;

    Copy(MessageSource messages) {
        this.messages = messages;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

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
