package org.svtracker.reporting.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.money.Money;
import org.svtracker.reporting.report.AnnualReport;
import org.svtracker.reporting.report.AnnualReport.YearFigures;

/**
 * The sections of an annual report as tables, the one layout every file renderer draws, so a CSV
 * file, a workbook sheet and a PDF table of the same section always hold the same rows.
 *
 * <p>A cell keeps its type: {@link Money}, {@link BigDecimal} (quantities and percentages),
 * {@link Integer} (counts), {@link java.time.LocalDate}, {@link String} or {@code null} for
 * nothing. Each renderer writes those in its own way.
 */
final class ReportTables {

    static final String COUNTING_RULES = "Delivered means verified by the council; claimed means submitted and not yet"
            + " verified; the two are never added. Totals by theme and outcome use each commitment's primary outcome"
            + " only. Each return is valued once at the proxy frozen when its contract was awarded.";

    static final List<String> SECTIONS = List.of(
            "headline",
            "themes",
            "outcomes",
            "measures",
            "top-contracts",
            "supplier-groups",
            "rag",
            "remedies",
            "case-studies",
            "beyond-procurement",
            "comparison",
            "proxies");

    /** One section: its name in files and URLs, its title for people, its column headings and rows. */
    record Table(String section, String title, List<String> headings, List<List<Object>> rows) {

        /** Whether a column holds figures, so that it is right-aligned where people read it. */
        boolean numeric(int column) {
            return rows.stream()
                    .map(row -> row.get(column))
                    .anyMatch(cell -> cell instanceof Money || cell instanceof Number);
        }
    }

    private ReportTables() {}

    static List<Table> all(AnnualReport report) {
        return SECTIONS.stream().map(section -> of(report, section)).toList();
    }

    /**
     * @throws IllegalArgumentException for a section that is not one of {@link #SECTIONS}
     */
    static Table of(AnnualReport report, String section) {
        return switch (section == null ? "" : section) {
            case "headline" -> headline(report);
            case "themes" ->
                table(
                        "themes",
                        "By theme",
                        List.of("Theme code", "Theme", "Delivered (£)", "Claimed (£)"),
                        report.themes().stream()
                                .map(t -> row(t.code(), t.name(), t.delivered(), t.claimed()))
                                .toList());
            case "outcomes" ->
                table(
                        "outcomes",
                        "By outcome",
                        List.of("Theme code", "Outcome code", "Outcome", "Delivered (£)", "Claimed (£)"),
                        report.themes().stream()
                                .flatMap(t -> t.outcomes().stream()
                                        .map(o -> row(t.code(), o.code(), o.name(), o.delivered(), o.claimed())))
                                .toList());
            case "measures" ->
                table(
                        "measures",
                        "By measure",
                        List.of(
                                "Measure code",
                                "Measure",
                                "Unit",
                                "Kind",
                                "Delivered quantity",
                                "Claimed quantity",
                                "Narrative returns verified",
                                "Delivered (£)",
                                "Claimed (£)"),
                        report.measures().stream()
                                .map(m -> row(
                                        m.code(),
                                        m.name(),
                                        unit(m.unit()),
                                        m.kind() == null ? null : m.kind().toLowerCase(Locale.UK),
                                        m.deliveredQuantity(),
                                        m.claimedQuantity(),
                                        m.narrativeReturns(),
                                        m.delivered(),
                                        m.claimed()))
                                .toList());
            case "top-contracts" ->
                table(
                        "top-contracts",
                        "Top contracts by social value delivered",
                        List.of("Contract", "Title", "Supplier", "Committed (£)", "Delivered (£)", "Claimed (£)"),
                        report.topContracts().stream()
                                .map(c -> row(
                                        c.reference(),
                                        c.title(),
                                        c.supplier(),
                                        c.committed(),
                                        c.delivered(),
                                        c.claimed()))
                                .toList());
            case "supplier-groups" ->
                table(
                        "supplier-groups",
                        "By supplier size, VCSE and local delivery (groups overlap, so they are not added up)",
                        List.of("Group", "Description", "Delivered (£)", "Claimed (£)"),
                        report.supplierGroups().stream()
                                .map(g -> row(g.group(), g.label(), g.delivered(), g.claimed()))
                                .toList());
            case "rag" ->
                table(
                        "rag",
                        "Delivery status of live commitments on " + report.asOf(),
                        List.of("Status", "Commitments", "Value committed (£)"),
                        report.rag().stream()
                                .map(r -> row(r.status().label(), r.commitments(), r.committedValue()))
                                .toList());
            case "remedies" ->
                table(
                        "remedies",
                        "Open remedies",
                        List.of("Contract", "Measure", "Action", "Owner", "Due"),
                        report.openRemedies().stream()
                                .map(r -> row(r.contractReference(), r.measure(), r.action(), r.owner(), r.dueDate()))
                                .toList());
            case "case-studies" ->
                table(
                        "case-studies",
                        "Published case studies",
                        List.of("Title", "Contract", "Outcome", "Story"),
                        report.caseStudies().stream()
                                .map(c -> row(c.title(), c.contractReference(), c.outcome(), c.body()))
                                .toList());
            case "beyond-procurement" ->
                table(
                        "beyond-procurement",
                        "Social value beyond procurement (reported separately, not added to the totals)",
                        List.of("Date", "Kind", "Title", "Outcome", "Quantity", "Unit", "Description"),
                        report.beyondProcurement().stream()
                                .map(a -> row(
                                        a.date(),
                                        words(a.kind()),
                                        a.title(),
                                        a.outcome(),
                                        a.quantity(),
                                        unit(a.unit()),
                                        a.description()))
                                .toList());
            case "comparison" -> comparison(report);
            case "proxies" ->
                table(
                        "proxies",
                        "Method: the proxy values behind each figure",
                        List.of("Measure code", "Measure", "Proxy year", "Value per unit (£)", "Source", "Licence"),
                        report.proxies().stream()
                                .map(p -> row(
                                        p.measureCode(),
                                        p.measureName(),
                                        p.year().toString(),
                                        p.valuePerUnit(),
                                        p.source(),
                                        p.licence()))
                                .toList());
            default ->
                throw new IllegalArgumentException(
                        "No section '" + section + "' in the annual report; the sections are " + SECTIONS);
        };
    }

    private static Table headline(AnnualReport report) {
        var headline = report.headline();
        var figures = headline.figures();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Council", report.council().name()));
        rows.add(row("Financial year", report.year().toString()));
        rows.add(row("Figures as of", report.asOf()));
        rows.add(row("In-scope contracts awarded in the year", headline.contractsAwarded()));
        rows.add(row("Value of in-scope contracts awarded (£)", headline.awardedValue()));
        rows.add(row("Social value committed, gross (£)", headline.committedGross()));
        rows.add(row("Social value committed, net (£)", headline.committedNet()));
        rows.add(row("Social value committed as % of contract value", headline.committedPercentOfValue()));
        rows.add(row("Council's target (% of contract value)", report.council().targetPercent()));
        rows.add(row("Delivered in the year, verified (£)", figures.delivered()));
        rows.add(row("Delivered in the year, net (£)", figures.deliveredNet()));
        rows.add(row("Claimed in the year, not yet verified (£)", figures.claimed()));
        rows.add(row("Delivered since the council started, verified (£)", report.cumulativeDelivered()));
        rows.add(row(
                "First year with verified delivery",
                report.firstYear() == null ? null : report.firstYear().toString()));
        return table("headline", "Headline", List.of("Figure", "Value"), rows);
    }

    private static Table comparison(AnnualReport report) {
        YearFigures current = report.headline().figures();
        YearFigures previous = report.previousYear();
        List<List<Object>> rows = List.of(
                compare("Delivered, verified (£)", current.delivered(), previous.delivered()),
                compare("Delivered, net (£)", current.deliveredNet(), previous.deliveredNet()),
                compare("Claimed, not yet verified (£)", current.claimed(), previous.claimed()));
        return table(
                "comparison",
                "Comparison with the previous year",
                List.of("Figure", current.year().toString(), previous.year().toString(), "Change (£)"),
                rows);
    }

    private static List<Object> compare(String figure, Money current, Money previous) {
        return row(figure, current, previous, current.minus(previous));
    }

    private static Table table(String section, String title, List<String> headings, List<List<Object>> rows) {
        return new Table(section, title, headings, rows);
    }

    /** A row that may hold nulls, which {@code List.of} refuses. */
    private static List<Object> row(Object... cells) {
        return java.util.Collections.unmodifiableList(Arrays.asList(cells));
    }

    /** The unit as people write it ("hours", "£"), from the name the database keeps ("HOURS"). */
    private static String unit(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return MeasureUnit.valueOf(stored).label();
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    /** {@code ASSET_SHARING} as "Asset sharing". */
    private static String words(String constant) {
        if (constant == null || constant.isEmpty()) {
            return constant;
        }
        String lower = constant.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
