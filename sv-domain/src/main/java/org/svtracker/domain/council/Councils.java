package org.svtracker.domain.council;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;

/** The councils of this deployment. */
@Service
public class Councils {

    private final CouncilRepository councils;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Councils(CouncilRepository councils, JdbcClient jdbc, AuditTrail audit) {
        this.councils = councils;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A council's settings with the version an edit form must send back. */
    @Transactional(readOnly = true)
    public EditableSettings settingsOf(long councilId) {
        Council council = councils.findById(councilId).orElseThrow(() -> CouncilNotFound.forId(councilId));
        return new EditableSettings(council.id(), council.name(), council.settings(), council.version());
    }

    /**
     * Changes a council's settings, unless someone changed them since the form was shown.
     *
     * @throws ObjectOptimisticLockingFailureException when the version is not the current one
     */
    @Transactional
    public void changeSettings(long councilId, long expectedVersion, CouncilSettings settings, Actor actor) {
        Council council = councils.findById(councilId).orElseThrow(() -> CouncilNotFound.forId(councilId));
        if (council.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Council.class, councilId);
        }
        Map<String, Object> before = settingsMap(council.settings());
        council.changeSettings(settings);
        audit.recordUpdate(actor, councilId, AuditedEntity.COUNCIL, councilId, before, settingsMap(settings));
    }

    /** The statutory procurement threshold in force on a day: a dated platform setting. */
    @Transactional(readOnly = true)
    public Optional<StatutoryThreshold> statutoryThresholdOn(LocalDate day) {
        return jdbc.sql("""
                        select effective_from, amount, description from statutory_threshold
                        where effective_from <= ? order by effective_from desc limit 1
                        """)
                .param(day)
                .query((rs, n) ->
                        new StatutoryThreshold(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getString(3)))
                .optional();
    }

    private static Map<String, Object> settingsMap(CouncilSettings settings) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("socialValueThreshold", settings.socialValueThreshold());
        map.put("targetPercent", settings.targetPercent());
        map.put("minimumWeightingPercent", settings.minimumWeightingPercent());
        map.put("ragUpperPercent", settings.ragUpperPercent());
        map.put("ragLowerPercent", settings.ragLowerPercent());
        return map;
    }

    /** Every council with how many users it has: what the platform admin looks after. */
    @Transactional(readOnly = true)
    public List<CouncilSummary> listCouncils() {
        Map<Long, Long> userCounts = jdbc
                .sql("select council_id, count(*) from user_account where council_id is not null group by council_id")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return councils.findAllByOrderByName().stream()
                .map(c -> summary(c, userCounts.getOrDefault(c.id(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public CouncilSummary getCouncil(long councilId) {
        Council council = councils.findById(councilId).orElseThrow(() -> CouncilNotFound.forId(councilId));
        long users = jdbc.sql("select count(*) from user_account where council_id = ?")
                .param(councilId)
                .query(Long.class)
                .single();
        return summary(council, users);
    }

    private static CouncilSummary summary(Council council, long userCount) {
        return new CouncilSummary(council.id(), council.slug(), council.name(), council.settings(), userCount);
    }
}
