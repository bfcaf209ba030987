package org.svtracker.web.report;

import java.util.Map;
import org.svtracker.reporting.report.AnnualReport;

/** The charts of a report page, drawn from the same model as its tables. */
final class ReportView {

    private ReportView() {}

    static Map<String, String> charts(AnnualReport report) {
        return Map.of(
                "themes",
                ReportCharts.bars(
                        "chart-themes",
                        "Social value delivered in " + report.year() + " by theme",
                        "Verified social value by theme; the table that follows gives the same figures with claimed values.",
                        report.themes().stream()
                                .map(t -> new ReportCharts.Bar(t.name(), t.delivered()))
                                .toList()),
                "suppliers",
                ReportCharts.bars(
                        "chart-suppliers",
                        "Social value delivered in " + report.year() + " by kind of supplier",
                        "Verified social value by supplier size, by VCSE and by local delivery; the groups overlap.",
                        report.supplierGroups().stream()
                                .map(g -> new ReportCharts.Bar(g.label(), g.delivered()))
                                .toList()));
    }
}
