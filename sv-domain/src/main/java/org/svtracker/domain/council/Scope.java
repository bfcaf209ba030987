package org.svtracker.domain.council;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The in-scope rule and the dated statutory threshold. */
@Service
public class Scope {

    private final Councils councils;

    Scope(Councils councils) {
        this.councils = councils;
    }

    @Transactional(readOnly = true)
    public ScopeAssessment assess(long councilId, BigDecimal contractValue, LocalDate on) {
        CouncilSettings settings = councils.getCouncil(councilId).settings();
        boolean inScope = settings.isInScope(contractValue);
        Optional<StatutoryThreshold> statutory = councils.statutoryThresholdOn(on);
        BigDecimal amount = statutory.map(StatutoryThreshold::amount).orElse(null);
        String description = statutory.map(StatutoryThreshold::description).orElse(null);
        boolean under = inScope && amount != null && contractValue.compareTo(amount) < 0;
        return new ScopeAssessment(inScope, settings.socialValueThreshold(), amount, description, under);
    }
}
