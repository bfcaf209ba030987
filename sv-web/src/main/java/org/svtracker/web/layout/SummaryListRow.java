package org.svtracker.web.layout;

/**
 * One row of the GOV.UK summary list fragment: the key and value shown and an optional action link
 * whose visually hidden text says what it changes ("Change" + " contract name").
 */
public record SummaryListRow(
        String key, Object value, String actionHref, String actionText, String actionVisuallyHiddenText) {

    public SummaryListRow(String key, Object value) {
        this(key, value, null, null, null);
    }
}
