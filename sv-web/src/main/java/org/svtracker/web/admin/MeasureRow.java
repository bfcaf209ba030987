package org.svtracker.web.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.framework.FrameworkView.OutcomeView;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.measure.MeasureView.ProxyView;

/** A measure of the library as its pages show it: its outcomes by name and the proxy in force. */
record MeasureRow(MeasureView measure, List<OutcomeView> outcomes, ProxyView currentProxy) {

    static MeasureRow of(MeasureView measure, Map<Long, OutcomeView> outcomes, FinancialYear year) {
        ProxyView current = measure.proxies().stream()
                .filter(p -> p.financialYear().compareTo(year) <= 0)
                .max(java.util.Comparator.comparing(ProxyView::financialYear))
                .orElse(null);
        return new MeasureRow(
                measure,
                measure.outcomeIds().stream()
                        .map(outcomes::get)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                current);
    }

    /** Demo and example values are labelled illustrative in their source or licence. */
    static boolean isIllustrative(ProxyView proxy) {
        return proxy != null
                && (proxy.source().toLowerCase(Locale.ROOT).contains("illustrative")
                        || proxy.licence().toLowerCase(Locale.ROOT).contains("illustrative"));
    }

    /** One year's proxy on the measure's page, labelled when it is illustrative. */
    record ProxyLine(ProxyView proxy, boolean illustrative) {}

    /** Every proxy of the measure, the latest year first. */
    public List<ProxyLine> proxyLines() {
        return measure.proxies().stream()
                .sorted(java.util.Comparator.comparing(ProxyView::financialYear).reversed())
                .map(p -> new ProxyLine(p, isIllustrative(p)))
                .toList();
    }

    public boolean illustrative() {
        return isIllustrative(currentProxy);
    }
}
