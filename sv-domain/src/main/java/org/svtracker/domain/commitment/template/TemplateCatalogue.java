package org.svtracker.domain.commitment.template;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.FrameworkView.OutcomeView;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.measure.MeasureView.ProxyView;

/**
 * What a template is filled in from and checked against: the council's measures and the outcomes of
 * its framework in force, and the financial year whose proxies value the commitments.
 */
record TemplateCatalogue(List<MeasureView> measures, FrameworkView framework, FinancialYear proxyYear) {

    /** How a measure is written in the template's drop-down: its code, a dash and its name. */
    static final String SEPARATOR = " – ";

    TemplateCatalogue {
        measures = List.copyOf(measures);
    }

    Map<String, MeasureView> measuresByCode() {
        return measures.stream()
                .collect(Collectors.toMap(
                        m -> m.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    Map<Long, OutcomeView> outcomesById() {
        return framework.outcomes().stream().collect(Collectors.toMap(OutcomeView::id, Function.identity()));
    }

    Map<String, OutcomeView> outcomesByCode() {
        return framework.outcomes().stream()
                .collect(Collectors.toMap(o -> o.code().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    }

    /** The outcomes a measure serves that can take new commitments, in the measure's order. */
    List<OutcomeView> openOutcomesOf(MeasureView measure) {
        Map<Long, OutcomeView> byId = outcomesById();
        return measure.outcomeIds().stream()
                .map(byId::get)
                .filter(o -> o != null && !o.retired())
                .toList();
    }

    /** The proxy in force in the proxy year: that year's, or else the latest earlier year's. */
    Optional<ProxyView> proxyOf(MeasureView measure) {
        return measure.proxies().stream()
                .filter(p -> p.financialYear().compareTo(proxyYear) <= 0)
                .max(Comparator.comparing(ProxyView::financialYear));
    }

    static String label(MeasureView measure) {
        return measure.code() + SEPARATOR + measure.name();
    }

    static String label(OutcomeView outcome) {
        return outcome.code() + SEPARATOR + outcome.name();
    }

    /** The code at the start of a drop-down label, or the whole text when it is a bare code. */
    static String codeOf(String text) {
        String stripped = text.strip();
        for (String separator : List.of(SEPARATOR, " - ", " — ", ": ")) {
            int at = stripped.indexOf(separator);
            if (at > 0) {
                return stripped.substring(0, at).strip();
            }
        }
        return stripped;
    }
}
