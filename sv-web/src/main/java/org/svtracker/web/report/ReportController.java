package org.svtracker.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.reporting.drilldown.CommitmentLine;
import org.svtracker.reporting.drilldown.DrillDown;
import org.svtracker.reporting.drilldown.ReportDrillDown;
import org.svtracker.reporting.drilldown.ReturnLine;
import org.svtracker.reporting.publish.PublishedReports;
import org.svtracker.reporting.report.AnnualReport;
import org.svtracker.reporting.report.AnnualReports;
import org.svtracker.web.errors.PageNotFound;
import org.svtracker.web.security.SignedInUser;

/** The live annual report of the signed-in user's own council, its drill-down, publishing and JSON. */
@Controller
record ReportController(AnnualReports reports, ReportDrillDown drillDown, PublishedReports published, Clock clock) {

    /** The current financial year's report of the user's council. */
    @GetMapping("/reports")
    String currentYear(@AuthenticationPrincipal SignedInUser user) {
        return "redirect:/reports/" + user.councilSlug() + "/"
                + FinancialYear.of(LocalDate.now(clock)).slug();
    }

    @GetMapping("/reports/{council}/{year}")
    String report(
            @PathVariable String council,
            @PathVariable String year,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        FinancialYear financialYear = yearOf(year);
        AnnualReport report = reports.build(councilOf(user, council), financialYear, LocalDate.now(clock));
        model.addAttribute("report", report);
        model.addAttribute("charts", ReportView.charts(report));
        model.addAttribute("live", true);
        model.addAttribute("years", yearsAround(financialYear));
        model.addAttribute("versions", published.versions(user.councilId(), financialYear));
        model.addAttribute("canPublish", user.role() == Role.COUNCIL_ADMIN);
        model.addAttribute("csvSections", org.svtracker.reporting.render.ReportCsv.sections());
        return "report/report";
    }

    @GetMapping("/reports/{council}/{year}/returns")
    String returnsBehind(
            @PathVariable String council,
            @PathVariable String year,
            @RequestParam(defaultValue = "delivered") String figure,
            @RequestParam(required = false) Long theme,
            @RequestParam(required = false) Long outcome,
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) Long contract,
            @RequestParam(required = false) String group,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        FinancialYear financialYear = yearOf(year);
        DrillDown.Figure which = switch (figure) {
            case "delivered" -> DrillDown.Figure.DELIVERED;
            case "claimed" -> DrillDown.Figure.CLAIMED;
            default -> throw PageNotFound.because("No figure " + figure);
        };
        if (group != null
                && !List.of("MICRO", "SMALL", "MEDIUM", "LARGE", "VCSE", "LOCAL")
                        .contains(group)) {
            throw PageNotFound.because("No supplier group " + group);
        }
        var lines = drillDown.returnsBehind(
                councilOf(user, council),
                financialYear,
                new DrillDown(which, theme, outcome, measure, contract, group));
        model.addAttribute("lines", lines);
        model.addAttribute("figure", figure);
        model.addAttribute("year", financialYear);
        model.addAttribute("total", ReturnLine.totalOf(lines));
        model.addAttribute("reportHref", "/reports/" + council + "/" + financialYear.slug());
        return "report/returns";
    }

    @GetMapping("/reports/{council}/{year}/report.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String council, @PathVariable String year, @AuthenticationPrincipal SignedInUser user) {
        return ReportDownloads.pdf(live(user, council, year));
    }

    @GetMapping("/reports/{council}/{year}/report.xlsx")
    ResponseEntity<byte[]> workbook(
            @PathVariable String council, @PathVariable String year, @AuthenticationPrincipal SignedInUser user) {
        return ReportDownloads.workbook(live(user, council, year));
    }

    @GetMapping("/reports/{council}/{year}/csv/{section}")
    ResponseEntity<byte[]> csv(
            @PathVariable String council,
            @PathVariable String year,
            @PathVariable String section,
            @AuthenticationPrincipal SignedInUser user) {
        return ReportDownloads.csv(live(user, council, year), section);
    }

    private AnnualReport live(SignedInUser user, String council, String year) {
        return reports.build(councilOf(user, council), yearOf(year), LocalDate.now(clock));
    }

    @GetMapping("/reports/{council}/{year}/commitments")
    String commitmentsBehind(
            @PathVariable String council,
            @PathVariable String year,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        FinancialYear financialYear = yearOf(year);
        var lines = drillDown.commitmentsBehind(councilOf(user, council), financialYear);
        model.addAttribute("lines", lines);
        model.addAttribute("year", financialYear);
        model.addAttribute("gross", CommitmentLine.grossOf(lines));
        model.addAttribute("reportHref", "/reports/" + council + "/" + financialYear.slug());
        return "report/commitments";
    }

    @PostMapping("/reports/{council}/{year}/publish")
    String publish(
            @PathVariable String council,
            @PathVariable String year,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        FinancialYear financialYear = yearOf(year);
        int version = published.publish(councilOf(user, council), financialYear, user.actor());
        redirect.addFlashAttribute("publishedVersion", version);
        return "redirect:/reports/" + council + "/" + financialYear.slug();
    }

    /** Staff see their own council only: any other slug is simply not found. */
    static long councilOf(SignedInUser user, String slug) {
        if (user.councilId() == null || !slug.equals(user.councilSlug())) {
            throw PageNotFound.because("Not this user's council: " + slug);
        }
        return user.councilId();
    }

    static FinancialYear yearOf(String slug) {
        if (!slug.matches("\\d{4}-\\d{2}")) {
            throw PageNotFound.because("Not a financial year: " + slug);
        }
        try {
            return FinancialYear.parse(slug);
        } catch (IllegalArgumentException e) {
            throw PageNotFound.because(e.getMessage());
        }
    }

    private List<FinancialYear> yearsAround(FinancialYear shown) {
        FinancialYear current = FinancialYear.of(LocalDate.now(clock));
        List<FinancialYear> years = new ArrayList<>();
        for (FinancialYear y = current; years.size() < 4; y = y.previous()) {
            years.add(y);
        }
        if (!years.contains(shown)) {
            years.add(shown);
        }
        return years;
    }
}
