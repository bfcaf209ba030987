package org.svtracker.web.layout;

/**
 * One item of the GOV.UK select, radios or checkboxes fragments: the value sent, the text shown
 * (already resolved from the messages) and an optional hint under it.
 */
public record Option(Object value, String text, String hint) {

    public Option(Object value, String text) {
        this(value, text, null);
    }
}
