package org.svtracker.web.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/** One year's proxy value as typed: the year, £ per unit, where the value comes from and its licence. */
record ProxyForm(String financialYear, String valuePerUnit, String source, String licence, String formToken) {

    private static final BigDecimal TOO_MUCH = new BigDecimal("1000000000000");

    List<ErrorItem> problems() {
        List<ErrorItem> errors = new ArrayList<>();
        if (Numbers.isBlank(financialYear)) {
            errors.add(error("financialYear", "missing"));
        } else if (year() == null) {
            errors.add(error("financialYear", "format"));
        }
        if (Numbers.isBlank(valuePerUnit)) {
            errors.add(error("valuePerUnit", "missing"));
        } else {
            var value = Numbers.UNCAPPED_AMOUNT.parse(valuePerUnit);
            if (value.isEmpty()) {
                errors.add(error("valuePerUnit", "format"));
            } else if (value.get().signum() <= 0) {
                errors.add(error("valuePerUnit", "zero"));
            } else if (value.get().compareTo(TOO_MUCH) >= 0) {
                errors.add(error("valuePerUnit", "tooMuch"));
            }
        }
        text("source", source, errors);
        text("licence", licence, errors);
        return errors;
    }

    private static void text(String field, String value, List<ErrorItem> errors) {
        if (Numbers.isBlank(value)) {
            errors.add(error(field, "missing"));
        } else if (value.strip().length() > 500) {
            errors.add(error(field, "tooLong"));
        }
    }

    private static ErrorItem error(String field, String what) {
        return new ErrorItem(field, "councilAdmin.proxy." + field + "." + what);
    }

    FinancialYear year() {
        try {
            FinancialYear year = FinancialYear.parse(financialYear);
            return year.startYear() >= 2000 && year.startYear() <= 2098 ? year : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    BigDecimal value() {
        return Numbers.UNCAPPED_AMOUNT.parse(valuePerUnit).orElseThrow();
    }
}
