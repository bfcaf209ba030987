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
        Measure copy = new Measure(
                councilId, shared.code(), shared.name(), shared.unit(), shared.unitGuidance(), shared.kind());
        copy.adoptedFrom(shared.id());
        copy.serveOutcomes(outcomeIds);
        shared.proxies()
                .forEach(p -> copy.setProxy(p.financialYear(), p.valuePerUnit().amount(), p.source(), p.licence()));
        long id = measures.save(copy).id();
        audit.record(
                actor, councilId, "Measure", id, "ADOPTED", Map.of("code", shared.code(), "from", sharedMeasureId));
        return id;
    }

    @Transactional(readOnly = true)
    public List<MeasureView> library(long councilId) {
        return measures.findLibrary(councilId).stream().map(MeasureView::of).toList();
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
        audit.recordUpdate(actor, councilId, "Measure", measureId, was, Map.of("proxy " + year, valuePerUnit));
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
                    "Measure",
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
