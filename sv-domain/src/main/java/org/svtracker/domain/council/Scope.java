package org.svtracker.domain.council;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The in-scope rule and the dated statutory threshold. */
@Service
public class Scope {

    private final Councils councils;
    private final JdbcClient jdbc;

    Scope(Councils councils, JdbcClient jdbc) {
        this.councils = councils;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ScopeAssessment assess(long councilId, BigDecimal contractValue, LocalDate on) {
        CouncilSettings settings = councils.getCouncil(councilId).settings();
        boolean inScope = settings.isInScope(contractValue);
        var statutory = jdbc.sql("""
                        select amount, description from statutory_threshold
                        where effective_from <= ? order by effective_from desc limit 1
                        """)
                .param(on)
                .query((rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getString(2)})
                .optional();
        BigDecimal amount = statutory.map(s -> (BigDecimal) s[0]).orElse(null);
        String description = statutory.map(s -> (String) s[1]).orElse(null);
        boolean under = inScope && amount != null && contractValue.compareTo(amount) < 0;
        return new ScopeAssessment(inScope, settings.socialValueThreshold(), amount, description, under);
    }
}
