package org.svtracker.reporting.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.money.Money;

/**
 * The annual report of one council for one financial year, as SPEC.md section 5 lists it. Every
 * renderer (page, PDF, spreadsheet, CSV, JSON) draws from this one model, so they cannot disagree.
 * Delivered means verified; claimed means submitted and not yet verified; the two are never added.
 */
public record AnnualReport(
        Council council,
        FinancialYear year,
        LocalDate asOf,
        Headline headline,
        List<ThemeLine> themes,
        List<MeasureLine> measures,
        List<ContractLine> topContracts,
        List<SupplierGroupLine> supplierGroups,
        List<RagLine> rag,
        List<RemedyLine> openRemedies,
        List<CaseStudyLine> caseStudies,
        List<ActivityLine> beyondProcurement,
        YearFigures previousYear,
        Money cumulativeDelivered,
        FinancialYear firstYear,
        List<ProxyLine> proxies) {

    public record Council(long id, String slug, String name, Money threshold, BigDecimal targetPercent) {}

    /**
     * Contracts in scope awarded in the year, their value and what they committed (gross and net,
     * and gross as a % of contract value against the target); delivered and claimed in the year.
     */
    public record Headline(
            int contractsAwarded,
            Money awardedValue,
            Money committedGross,
            Money committedNet,
            BigDecimal committedPercentOfValue,
            YearFigures figures) {}

    /** The figures compared year on year. */
    public record YearFigures(FinancialYear year, Money delivered, Money deliveredNet, Money claimed) {}

    public record ThemeLine(
            long id, String code, String name, Money delivered, Money claimed, List<OutcomeLine> outcomes) {}

    public record OutcomeLine(long id, String code, String name, Money delivered, Money claimed) {}

    /** Quantities in the measure's unit, so counted and narrative measures appear too. */
    public record MeasureLine(
            String code,
            String name,
            String unit,
            String kind,
            BigDecimal deliveredQuantity,
            BigDecimal claimedQuantity,
            int narrativeReturns,
            Money delivered,
            Money claimed) {}

    public record ContractLine(
            long id,
            String reference,
            String title,
            String supplier,
            Money committed,
            Money delivered,
            Money claimed) {}

    /** By supplier size, by VCSE and by the commitment's local flag. */
    public record SupplierGroupLine(String group, String label, Money delivered, Money claimed) {}

    public record RagLine(RagStatus status, int commitments, Money committedValue) {}

    public record RemedyLine(
            long id, String contractReference, String measure, String action, String owner, LocalDate dueDate) {}

    public record CaseStudyLine(long id, String title, String body, String contractReference, String outcome) {}

    public record ActivityLine(
            long id,
            String kind,
            String title,
            String description,
            String outcome,
            LocalDate date,
            BigDecimal quantity,
            String unit) {}

    /** The method annex: each proxy that values a figure of this report, with its source and licence. */
    public record ProxyLine(
            String measureCode,
            String measureName,
            FinancialYear year,
            Money valuePerUnit,
            String source,
            String licence) {}
}
