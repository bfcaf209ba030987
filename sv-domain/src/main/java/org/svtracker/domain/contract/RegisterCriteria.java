package org.svtracker.domain.contract;

import org.svtracker.domain.calendar.FinancialYear;

/**
 * What the contracts register is asked for: text in the reference, title or supplier's name; a
 * status; contracts running in a financial year; contracts with a commitment to an outcome (the
 * council's priority); in or out of scope; an order; and a page (from 1).
 */
public record RegisterCriteria(
        String text,
        ContractStatus status,
        FinancialYear runningIn,
        Long outcomeId,
        Boolean inScope,
        RegisterOrder order,
        int page) {

    public static final int PAGE_SIZE = 25;

    public enum RegisterOrder {
        REFERENCE("k.reference"),
        TITLE("lower(k.title), k.reference"),
        VALUE_HIGHEST_FIRST("k.value desc, k.reference"),
        START_NEWEST_FIRST("k.start_date desc, k.reference"),
        STATUS("k.status, k.reference"),
        SUPPLIER("lower(s.name) nulls last, k.reference"),
        VALUE_LOWEST_FIRST("k.value, k.reference"),
        START_OLDEST_FIRST("k.start_date, k.reference");

        private final String sql;

        RegisterOrder(String sql) {
            this.sql = sql;
        }

        /** A fixed fragment per choice: never text from the request. */
        String sql() {
            return sql;
        }
    }

    public static RegisterCriteria everything() {
        return new RegisterCriteria(null, null, null, null, null, RegisterOrder.REFERENCE, 1);
    }

    public RegisterCriteria page(int newPage) {
        return new RegisterCriteria(text, status, runningIn, outcomeId, inScope, order, newPage);
    }
}
