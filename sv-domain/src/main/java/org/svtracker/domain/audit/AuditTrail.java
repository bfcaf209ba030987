package org.svtracker.domain.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail in the transaction of the change it records, so that a change and its
 * audit line commit or roll back together. The table refuses updates and deletes (a trigger), so
 * the application can only append.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a creation or a state change with the values that matter. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            Actor actor, Long councilId, AuditedEntity entity, long entityId, String action, Map<String, ?> details) {
        jdbc.sql("""
                        insert into audit_event (actor_id, actor_name, council_id, entity_type, entity_id, action, changes)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                        """)
                .params(actor.userId(), actor.name(), councilId, entity.storedName(), entityId, action, toJson(details))
                .update();
    }

    /** Records an update as the fields whose values differ, each with its value before and after. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordUpdate(
            Actor actor,
            Long councilId,
            AuditedEntity entity,
            long entityId,
            Map<String, ?> before,
            Map<String, ?> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (var entry : after.entrySet()) {
            Object old = before.get(entry.getKey());
            if (!sameValue(old, entry.getValue())) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", old);
                change.put("to", entry.getValue());
                changes.put(entry.getKey(), change);
            }
        }
        if (!changes.isEmpty()) {
            record(actor, councilId, entity, entityId, "UPDATED", changes);
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(long councilId, AuditedEntity entity, long entityId) {
        return jdbc.sql("select " + AuditEvent.COLUMNS + """
                         from audit_event a
                        where a.council_id = ? and a.entity_type = ? and a.entity_id = ?
                        order by a.occurred_at, a.id
                        """)
                .params(councilId, entity.storedName(), entityId)
                .query(AuditEvent::read)
                .list();
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** Audit details are flat maps of plain values; dates, money and enums are kept as the text people read. */
    static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(quoted(String.valueOf(k))).append(':').append(toJson(v));
            });
            return out.append('}').toString();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return quoted(decimal.toPlainString());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quoted(value.toString());
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
