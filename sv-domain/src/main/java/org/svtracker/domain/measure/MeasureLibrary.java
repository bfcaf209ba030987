package org.svtracker.domain.measure;

import java.io.Reader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;

/**
 * A council's measure library and the shared library it adopts from. Imports are all or nothing:
 * a file with any problem imports nothing and reports every problem with its line and column.
 */
@Service
public class MeasureLibrary {

    private final MeasureRepository measures;
    private final Frameworks frameworks;
    private final AuditTrail audit;

    MeasureLibrary(MeasureRepository measures, Frameworks frameworks, AuditTrail audit) {
        this.measures = measures;
        this.frameworks = frameworks;
        this.audit = audit;
    }

    /** Imports a council's library (its own licensed values) against its framework in force today. */
    @Transactional
    public MeasureImportResult importLibrary(long councilId, Reader csv, LocalDate today, Actor actor) {
        FrameworkView framework = frameworks.currentFramework(councilId, today);
        Map<String, Long> outcomeIds = framework.openOutcomesByCode().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id()));
        MeasureLibraryParse parse = MeasureLibraryCsv.parse(csv, Set.copyOf(outcomeIds.keySet()));
        if (!parse.isValid()) {
            return MeasureImportResult.refused(parse.problems());
        }
        return save(councilId, parse.measures(), outcomeIds, actor);
    }

    /** Imports measures into the shared library, which has no outcomes until a council adopts them. */
    @Transactional
    public MeasureImportResult importSharedLibrary(Reader csv, Actor actor) {
        MeasureLibraryParse parse = MeasureLibraryCsv.parse(csv, null);
        if (!parse.isValid()) {
            return MeasureImportResult.refused(parse.problems());
        }
        return save(null, parse.measures(), Map.of(), actor);
    }

    /** Copies a shared measure, with its proxies, into a council's library, serving the outcomes given. */
    @Transactional
    public long adoptSharedMeasure(long councilId, long sharedMeasureId, List<Long> outcomeIds, Actor actor) {
        Measure shared =
                measures.findSharedById(sharedMeasureId).orElseThrow(() -> MeasureNotFound.forId(sharedMeasureId));
        if (measures.findByCouncilIdAndCode(councilId, shared.code()).isPresent()) {
            throw MeasureCodeTaken.forCode(shared.code());
        }
        checkedOutcomes(councilId, List.of(), outcomeIds);
        Measure copy = new Measure(
                councilId, shared.code(), shared.name(), shared.unit(), shared.unitGuidance(), shared.kind());
        copy.adoptedFrom(shared.id());
        copy.serveOutcomes(outcomeIds);
        shared.proxies()
                .forEach(p -> copy.setProxy(p.financialYear(), p.valuePerUnit().amount(), p.source(), p.licence()));
        long id = measures.save(copy).id();
        audit.record(
                actor,
                councilId,
                AuditedEntity.MEASURE,
                id,
                "ADOPTED",
                Map.of("code", shared.code(), "from", sharedMeasureId));
        return id;
    }

    /** The council's library, ordered by code, in two queries whatever its size. */
    @Transactional(readOnly = true)
    public List<MeasureView> library(long councilId) {
        List<Measure> library = measures.findLibraryWithProxies(councilId);
        measures.fetchOutcomes(councilId);
        return library.stream().map(MeasureView::of).toList();
    }

    /**
     * Adds a measure to the council's library.
     *
     * @throws MeasureCodeTaken when the library already has a measure with the code
     * @throws org.svtracker.domain.framework.FrameworkNotFound when an outcome is not the council's
     */
    @Transactional
    public long addMeasure(long councilId, MeasureDetails details, Actor actor) {
        String code = checkedDetails(details);
        if (measures.findByCouncilIdAndCode(councilId, code).isPresent()) {
            throw MeasureCodeTaken.forCode(code);
        }
        Measure measure =
                new Measure(councilId, code, details.name().trim(), details.unit(), guidance(details), details.kind());
        measure.serveOutcomes(checkedOutcomes(councilId, List.of(), details.outcomeIds()));
        long id = measures.save(measure).id();
        audit.record(actor, councilId, AuditedEntity.MEASURE, id, "CREATED", describe(measure));
        return id;
    }

    /**
     * Changes a measure of the council's library, unless someone changed it since the form was shown.
     * Outcomes it already serves may stay though retired; new ones must be open.
     *
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException on a stale version
     * @throws MeasureCodeTaken when another measure of the library has the new code
     */
    @Transactional
    public void describeMeasure(
            long councilId, long measureId, long expectedVersion, MeasureDetails details, Actor actor) {
        Measure measure =
                measures.findByIdAndCouncilId(measureId, councilId).orElseThrow(() -> MeasureNotFound.forId(measureId));
        if (measure.version() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Measure.class, measureId);
        }
        String code = checkedDetails(details);
        if (!code.equals(measure.code())
                && measures.findByCouncilIdAndCode(councilId, code).isPresent()) {
            throw MeasureCodeTaken.forCode(code);
        }
        Map<String, Object> before = describe(measure);
        List<Long> outcomeIds = checkedOutcomes(councilId, measure.outcomeIds(), details.outcomeIds());
        measure.recode(code);
        measure.describe(details.name().trim(), details.unit(), guidance(details), details.kind());
        measure.serveOutcomes(outcomeIds);
        audit.recordUpdate(actor, councilId, AuditedEntity.MEASURE, measureId, before, describe(measure));
    }

    private static String checkedDetails(MeasureDetails details) {
        String code = details.code() == null ? "" : details.code().trim();
        if (code.isEmpty() || code.length() > MeasureLibraryCsv.MAX_CODE_LENGTH || !code.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("A measure code has at most 20 letters, digits, '.', '-' and '_'");
        }
        if (details.name() == null
                || details.name().isBlank()
                || details.name().trim().length() > MeasureLibraryCsv.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A measure needs a name of at most 200 characters");
        }
        String guidance = guidance(details);
        if (guidance != null && guidance.length() > MeasureLibraryCsv.MAX_GUIDANCE_LENGTH) {
            throw new IllegalArgumentException("Unit guidance has at most 500 characters");
        }
        if (details.kind() == null) {
            throw new IllegalArgumentException("A measure needs a kind");
        }
        if (details.outcomeIds().isEmpty()) {
            throw new IllegalArgumentException("A measure serves at least one outcome");
        }
        return code;
    }

    private static String guidance(MeasureDetails details) {
        return details.unitGuidance() == null || details.unitGuidance().isBlank()
                ? null
                : details.unitGuidance().trim();
    }

    /** The outcomes must be the council's; an outcome not served before must not be retired. */
    private List<Long> checkedOutcomes(long councilId, List<Long> servedBefore, List<Long> wanted) {
        var outcomes = frameworks.allOutcomes(councilId);
        for (Long id : wanted) {
            var outcome = outcomes.get(id);
            if (outcome == null) {
                throw org.svtracker.domain.framework.FrameworkNotFound.forOutcome(id);
            }
            if (outcome.retired() && !servedBefore.contains(id)) {
                throw new IllegalArgumentException(
                        "Outcome " + outcome.code() + " is retired: it takes no new measures");
            }
        }
        return wanted;
    }

    private static Map<String, Object> describe(Measure measure) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("code", measure.code());
        values.put("name", measure.name());
        values.put("unit", measure.unit());
        values.put("unitGuidance", measure.unitGuidance());
        values.put("kind", measure.kind());
        values.put("outcomes", measure.outcomeIds().toString());
        return values;
    }

    @Transactional(readOnly = true)
    public List<MeasureView> sharedLibrary() {
        return measures.findSharedLibrary().stream().map(MeasureView::of).toList();
    }

    @Transactional(readOnly = true)
    public MeasureView measure(long councilId, long measureId) {
        return measures.findByIdAndCouncilId(measureId, councilId)
                .map(MeasureView::of)
                .orElseThrow(() -> MeasureNotFound.forId(measureId));
    }

    /** Sets one year's proxy of a council's valued measure, for example a newly licensed value. */
    @Transactional
    public void setProxy(
            long councilId,
            long measureId,
            FinancialYear year,
            java.math.BigDecimal valuePerUnit,
            String source,
            String licence,
            Actor actor) {
        Measure measure =
                measures.findByIdAndCouncilId(measureId, councilId).orElseThrow(() -> MeasureNotFound.forId(measureId));
        var before = measure.proxyFor(year).map(p -> p.valuePerUnit().amount()).orElse(null);
        measure.setProxy(year, valuePerUnit, source, licence);
        Map<String, Object> was = new HashMap<>();
        was.put("proxy " + year, before);
        audit.recordUpdate(
                actor, councilId, AuditedEntity.MEASURE, measureId, was, Map.of("proxy " + year, valuePerUnit));
    }

    private MeasureImportResult save(
            Long councilId, List<MeasureDraft> drafts, Map<String, Long> outcomeIds, Actor actor) {
        int created = 0;
        int updated = 0;
        int proxies = 0;
        for (MeasureDraft draft : drafts) {
            Measure measure = (councilId == null
                            ? measures.findSharedByCode(draft.code())
                            : measures.findByCouncilIdAndCode(councilId, draft.code()))
                    .orElse(null);
            boolean isNew = measure == null;
            if (isNew) {
                measure = new Measure(
                        councilId, draft.code(), draft.name(), draft.unit(), draft.unitGuidance(), draft.kind());
                created++;
            } else {
                measure.describe(draft.name(), draft.unit(), draft.unitGuidance(), draft.kind());
                updated++;
            }
            measure.serveOutcomes(
                    draft.outcomeCodes().stream().map(outcomeIds::get).toList());
            for (ProxyDraft proxy : draft.proxies()) {
                measure.setProxy(
                        new FinancialYear(proxy.financialYearStart()),
                        proxy.valuePerUnit(),
                        proxy.source(),
                        proxy.licence());
                proxies++;
            }
            long id = measures.save(measure).id();
            audit.record(
                    actor,
                    councilId,
                    AuditedEntity.MEASURE,
                    id,
                    isNew ? "IMPORTED" : "REIMPORTED",
                    Map.of(
                            "code",
                            draft.code(),
                            "name",
                            draft.name(),
                            "proxies",
                            draft.proxies().size()));
        }
        return new MeasureImportResult(List.of(), created, updated, proxies);
    }
}
