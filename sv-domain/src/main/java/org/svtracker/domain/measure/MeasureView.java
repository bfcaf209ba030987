package org.svtracker.domain.measure;

import java.util.List;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.money.Money;

/** A measure of a library as the pages show it. */
public record MeasureView(
        long id,
        String code,
        String name,
        MeasureUnit unit,
        String unitGuidance,
        MeasureKind kind,
        List<Long> outcomeIds,
        List<ProxyView> proxies,
        long version) {

    public record ProxyView(FinancialYear financialYear, Money valuePerUnit, String source, String licence) {}

    static MeasureView of(Measure m) {
        return new MeasureView(
                m.id(),
                m.code(),
                m.name(),
                m.unit(),
                m.unitGuidance(),
                m.kind(),
                m.outcomeIds(),
                m.proxies().stream()
                        .map(p -> new ProxyView(p.financialYear(), p.valuePerUnit(), p.source(), p.licence()))
                        .toList(),
                m.version());
    }
}
