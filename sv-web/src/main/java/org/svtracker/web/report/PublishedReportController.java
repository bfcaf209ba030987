package org.svtracker.web.report;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.council.CouncilSummary;
import org.svtracker.domain.council.Councils;
import org.svtracker.reporting.publish.PublishedReport;
import org.svtracker.reporting.publish.PublishedReports;
import org.svtracker.web.errors.PageNotFound;

/** Published reports are public: anyone can read them without signing in. */
@Controller
record PublishedReportController(Councils councils, PublishedReports published) {

    @GetMapping("/published/{council}/{year}")
    String latest(@PathVariable String council, @PathVariable String year, Model model) {
        CouncilSummary found = council(council);
        FinancialYear financialYear = ReportController.yearOf(year);
        PublishedReport report =
                published.latest(found.id(), financialYear).orElseThrow(() -> PageNotFound.because("Not published"));
        return show(report, found, financialYear, model);
    }

    @GetMapping("/published/{council}/{year}/versions/{version}")
    String version(@PathVariable String council, @PathVariable String year, @PathVariable int version, Model model) {
        CouncilSummary found = council(council);
        FinancialYear financialYear = ReportController.yearOf(year);
        PublishedReport report = published
                .version(found.id(), financialYear, version)
                .orElseThrow(() -> PageNotFound.because("No such version"));
        return show(report, found, financialYear, model);
    }

    @GetMapping("/published/{council}/{year}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String council, @PathVariable String year) {
        return ReportDownloads.pdf(latest(council, year).report());
    }

    @GetMapping("/published/{council}/{year}/report.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable String council, @PathVariable String year) {
        return ReportDownloads.workbook(latest(council, year).report());
    }

    @GetMapping("/published/{council}/{year}/csv/{section}")
    ResponseEntity<byte[]> csv(@PathVariable String council, @PathVariable String year, @PathVariable String section) {
        return ReportDownloads.csv(latest(council, year).report(), section);
    }

    private PublishedReport latest(String council, String year) {
        return published
                .latest(council(council).id(), ReportController.yearOf(year))
                .orElseThrow(() -> PageNotFound.because("Not published"));
    }

    private String show(PublishedReport report, CouncilSummary council, FinancialYear year, Model model) {
        model.addAttribute("report", report.report());
        model.addAttribute("charts", ReportView.charts(report.report()));
        model.addAttribute("live", false);
        model.addAttribute("publication", report);
        model.addAttribute("versions", published.versions(council.id(), year));
        model.addAttribute("csvSections", org.svtracker.reporting.render.ReportCsv.sections());
        return "report/report";
    }

    private CouncilSummary council(String slug) {
        return councils.listCouncils().stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> PageNotFound.because("No council " + slug));
    }
}
