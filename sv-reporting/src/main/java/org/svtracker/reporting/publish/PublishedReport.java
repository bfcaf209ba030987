package org.svtracker.reporting.publish;

import java.time.OffsetDateTime;
import org.svtracker.reporting.report.AnnualReport;

/** One published version of a council-year's report: frozen, with who published it and when. */
public record PublishedReport(
        long id, int versionNumber, String publishedBy, OffsetDateTime publishedAt, AnnualReport report) {}
