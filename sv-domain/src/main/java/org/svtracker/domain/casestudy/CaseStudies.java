package org.svtracker.domain.casestudy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;

/** Case studies: written by contract managers, published into the annual report. */
@Service
public class CaseStudies {

    private final CaseStudyRepository caseStudies;
    private final AuditTrail audit;
    private final Clock clock;

    CaseStudies(CaseStudyRepository caseStudies, AuditTrail audit, Clock clock) {
        this.caseStudies = caseStudies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long writeCaseStudy(
            long councilId, Long contractId, Long outcomeId, String title, String body, Actor actor) {
        CaseStudy caseStudy = caseStudies.save(new CaseStudy(councilId, contractId, outcomeId, title, body));
        audit.record(actor, councilId, "CaseStudy", caseStudy.id(), "CREATED", Map.of("title", caseStudy.title()));
        return caseStudy.id();
    }

    @Transactional
    public void publish(long councilId, long caseStudyId, long expectedVersion, Actor actor) {
        caseStudy(councilId, caseStudyId, expectedVersion).publish(OffsetDateTime.now(clock));
        audit.record(actor, councilId, "CaseStudy", caseStudyId, "PUBLISHED", Map.of());
    }

    @Transactional
    public void unpublish(long councilId, long caseStudyId, long expectedVersion, Actor actor) {
        caseStudy(councilId, caseStudyId, expectedVersion).unpublish();
        audit.record(actor, councilId, "CaseStudy", caseStudyId, "UNPUBLISHED", Map.of());
    }

    @Transactional(readOnly = true)
    public List<CaseStudy> published(long councilId) {
        return caseStudies.findByCouncilIdAndStatusOrderByPublishedAtDesc(councilId, CaseStudy.Status.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public List<CaseStudy> all(long councilId) {
        return caseStudies.findByCouncilIdOrderByIdDesc(councilId);
    }

    private CaseStudy caseStudy(long councilId, long caseStudyId, long expectedVersion) {
        CaseStudy caseStudy = caseStudies
                .findByIdAndCouncilId(caseStudyId, councilId)
                .orElseThrow(() -> new IllegalArgumentException("No case study " + caseStudyId + " in this council"));
        if (caseStudy.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseStudy.class, caseStudyId);
        }
        return caseStudy;
    }
}
