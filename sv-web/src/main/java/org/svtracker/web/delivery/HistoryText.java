package org.svtracker.web.delivery;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.svtracker.domain.delivery.DeliveryRecords.HistoryEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns audit events into lines people read: who, when, what, and each value that changed. */
@Component
class HistoryText {

    private final JsonMapper json = JsonMapper.builder().build();

    HistoryLine line(HistoryEntry entry) {
        var event = entry.event();
        return new HistoryLine(
                event.id(),
                event.occurredAt(),
                event.actorName(),
                event.entityType(),
                entry.subject()
                        + (entry.period() == null ? "" : ", " + entry.period().label()),
                event.action(),
                details(event.changes()));
    }

    /** "field: value", or for an update "field: before → after"; ids and empty values left out. */
    List<String> details(String changes) {
        List<String> lines = new ArrayList<>();
        if (changes == null || changes.isBlank()) {
            return lines;
        }
        JsonNode root;
        try {
            root = json.readTree(changes);
        } catch (RuntimeException e) {
            return List.of(changes);
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.endsWith("Id") || name.equals("sha256")) {
                continue;
            }
            if (value.isObject() && value.has("to")) {
                lines.add(label(name) + ": " + text(value.get("from")) + " → " + text(value.get("to")));
            } else if (!value.isNull() && !text(value).isEmpty()) {
                lines.add(label(name) + ": " + text(value));
            }
        }
        return lines;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "–";
        }
        return value.isString() ? value.asString() : value.toString();
    }

    /** camelCase to words: "decisionReason" to "Decision reason". */
    private static String label(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One line of a contract's history as shown. */
    record HistoryLine(
            long id,
            OffsetDateTime occurredAt,
            String actorName,
            String entityType,
            String subject,
            String action,
            List<String> details) {}
}
