package org.svtracker.web.followup;

import java.util.LinkedHashMap;
import java.util.Map;

/** Cells for the GOV.UK table fragment: plain text, a link, or text in a tag's colour. */
final class Cells {

    private Cells() {}

    static Map<String, Object> link(String text, String href) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("text", text);
        cell.put("href", href);
        return cell;
    }

    static Object text(Object value) {
        return value == null ? "" : value;
    }
}
