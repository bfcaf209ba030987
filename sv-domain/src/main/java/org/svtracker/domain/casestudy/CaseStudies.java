package org.svtracker.domain.casestudy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.council.CouncilViews;

/** Case studies: written by contract managers, published into the annual report. */
@Service
public class CaseStudies {

    private final CaseStudyRepository caseStudies;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CouncilViews<CaseStudyView> views;

    CaseStudies(CaseStudyRepository caseStudies, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.caseStudies = caseStudies;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.views = new CouncilViews<>(jdbc, VIEW_SELECT, "cs", CaseStudies::view);
    }

    @Transactional
    public long writeCaseStudy(
            long councilId, Long contractId, Long outcomeId, String title, String body, Actor actor) {
        requireOwn(councilId, contractId, outcomeId);
        CaseStudy caseStudy = caseStudies.save(new CaseStudy(councilId, contractId, outcomeId, title, body));
        audit.record(
                actor,
                councilId,
                AuditedEntity.CASE_STUDY,
                caseStudy.id(),
                "CREATED",
                Map.of("title", caseStudy.title()));
        return caseStudy.id();
    }

    /** Rewrites a case study, published or not; a published one changes in the report too. */
    @Transactional
    public void reviseCaseStudy(
            long councilId,
            long caseStudyId,
            long expectedVersion,
            Long contractId,
            Long outcomeId,
            String title,
            String body,
            Actor actor) {
        requireOwn(councilId, contractId, outcomeId);
        CaseStudy caseStudy = caseStudy(councilId, caseStudyId, expectedVersion);
        Map<String, Object> before = snapshot(caseStudy);
        caseStudy.rewrite(contractId, outcomeId, title, body);
        audit.recordUpdate(actor, councilId, AuditedEntity.CASE_STUDY, caseStudyId, before, snapshot(caseStudy));
    }

    @Transactional
    public void publish(long councilId, long caseStudyId, long expectedVersion, Actor actor) {
        caseStudy(councilId, caseStudyId, expectedVersion).publish(OffsetDateTime.now(clock));
        audit.record(actor, councilId, AuditedEntity.CASE_STUDY, caseStudyId, "PUBLISHED", Map.of());
    }

    @Transactional
    public void unpublish(long councilId, long caseStudyId, long expectedVersion, Actor actor) {
        caseStudy(councilId, caseStudyId, expectedVersion).unpublish();
        audit.record(actor, councilId, AuditedEntity.CASE_STUDY, caseStudyId, "UNPUBLISHED", Map.of());
    }

    @Transactional(readOnly = true)
    public List<CaseStudy> published(long councilId) {
        return caseStudies.findByCouncilIdAndStatusOrderByPublishedAtDesc(councilId, CaseStudy.Status.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public List<CaseStudy> all(long councilId) {
        return caseStudies.findByCouncilIdOrderByIdDesc(councilId);
    }

    /** Every case study of the council, newest first, with contract, supplier and outcome, in one query. */
    @Transactional(readOnly = true)
    public List<CaseStudyView> caseStudiesOf(long councilId) {
        return views.list(councilId, "cs.id desc");
    }

    @Transactional(readOnly = true)
    public CaseStudyView caseStudy(long councilId, long caseStudyId) {
        return views.find(councilId, caseStudyId).orElseThrow(() -> CaseStudyNotFound.forId(caseStudyId));
    }

    /** The council's contracts that have a supplier, the ones a story can be about. */
    @Transactional(readOnly = true)
    public List<ContractChoice> contractChoices(long councilId) {
        return jdbc.sql("""
                        select k.id, k.reference, k.title, s.name
                        from contract k join supplier s on s.id = k.supplier_id
                        where k.council_id = ? and k.status in ('AWARDED', 'LIVE', 'CLOSED')
                        order by k.reference
                        """)
                .param(councilId)
                .query((rs, n) -> new ContractChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static final String VIEW_SELECT = """
            select cs.id, cs.title, cs.body, k.id, k.reference, k.title, s.name, o.id, o.name, cs.status,
                   cs.published_at, cs.version
            from case_study cs
            left join contract k on k.id = cs.contract_id and k.council_id = cs.council_id
            left join supplier s on s.id = k.supplier_id
            left join outcome o on o.id = cs.outcome_id and o.council_id = cs.council_id
            """;

    private static CaseStudyView view(ResultSet rs, int row) throws SQLException {
        return new CaseStudyView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, Long.class),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, Long.class),
                rs.getString(9),
                CaseStudy.Status.valueOf(rs.getString(10)),
                rs.getObject(11, OffsetDateTime.class),
                rs.getLong(12));
    }

    /** A contract or outcome of another council is refused before the database would refuse it. */
    private void requireOwn(long councilId, Long contractId, Long outcomeId) {
        if (contractId != null
                && count("select count(*) from contract where id = ? and council_id = ?", contractId, councilId) == 0) {
            throw new IllegalArgumentException("No contract " + contractId + " in this council");
        }
        if (outcomeId != null
                && count("select count(*) from outcome where id = ? and council_id = ?", outcomeId, councilId) == 0) {
            throw new IllegalArgumentException("No outcome " + outcomeId + " in this council");
        }
    }

    private long count(String sql, long id, long councilId) {
        return jdbc.sql(sql).params(id, councilId).query(Long.class).single();
    }

    private static Map<String, Object> snapshot(CaseStudy caseStudy) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("title", caseStudy.title());
        values.put("body", caseStudy.body());
        values.put("contractId", caseStudy.contractId());
        values.put("outcomeId", caseStudy.outcomeId());
        return values;
    }

    private CaseStudy caseStudy(long councilId, long caseStudyId, long expectedVersion) {
        CaseStudy caseStudy = caseStudies
                .findByIdAndCouncilId(caseStudyId, councilId)
                .orElseThrow(() -> CaseStudyNotFound.forId(caseStudyId));
        if (caseStudy.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseStudy.class, caseStudyId);
        }
        return caseStudy;
    }
}
