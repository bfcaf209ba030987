package org.svtracker.web.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.svtracker.reporting.report.AnnualReport;
import org.svtracker.reporting.report.AnnualReports;
import org.svtracker.web.security.SignedInUser;

/** The annual report as JSON: the same model the page, the PDF and the spreadsheets are drawn from. */
@RestController
@Tag(name = "Annual report", description = "A council's social value report for one financial year")
record ReportApiController(AnnualReports reports, Clock clock) {

    @GetMapping(value = "/api/v1/councils/{council}/reports/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The live annual report of the signed-in user's council",
            description = "Delivered (verified) and claimed (submitted, not yet verified) values are kept apart."
                    + " Money is an object with an amount in pounds to two decimals; a financial year is its"
                    + " starting calendar year. Another council's report answers 404.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "404", description = "No such council for this user, or not a financial year")
    AnnualReport report(
            @Parameter(description = "The council's slug, for example surrey") @PathVariable String council,
            @Parameter(description = "The financial year, for example 2025-26") @PathVariable String year,
            @AuthenticationPrincipal SignedInUser user) {
        return reports.build(
                ReportController.councilOf(user, council), ReportController.yearOf(year), LocalDate.now(clock));
    }
}
