package org.svtracker.domain.casestudy;

import java.time.OffsetDateTime;

/** A case study as the pages show it, with its contract, the supplier that follows from it, and its outcome. */
public record CaseStudyView(
        long id,
        String title,
        String body,
        Long contractId,
        String contractReference,
        String contractTitle,
        String supplierName,
        Long outcomeId,
        String outcomeName,
        CaseStudy.Status status,
        OffsetDateTime publishedAt,
        long version) {

    public boolean published() {
        return status == CaseStudy.Status.PUBLISHED;
    }
}
