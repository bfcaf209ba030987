package org.svtracker.web.layout;

/**
 * One entry of a GOV.UK error summary: the id of the field it links to and the message key of
 * what is wrong, also shown by the field.
 */
public record ErrorItem(String fieldId, String messageKey, Object... arguments) {

    public String href() {
        return "#" + fieldId;
    }
}
