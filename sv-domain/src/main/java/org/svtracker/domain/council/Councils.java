package org.svtracker.domain.council;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The councils of this deployment. */
@Service
public class Councils {

    private final CouncilRepository councils;
    private final JdbcClient jdbc;

    Councils(CouncilRepository councils, JdbcClient jdbc) {
        this.councils = councils;
        this.jdbc = jdbc;
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
