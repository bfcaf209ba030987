package org.svtracker.domain.casestudy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.svtracker.domain.council.CouncilOwned;

/** A story of social value delivered; published ones appear in the annual report. */
@Entity
@Table(name = "case_study")
public class CaseStudy extends CouncilOwned {

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    private Long contractId;

    private Long outcomeId;

    private String title;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private OffsetDateTime publishedAt;

    protected CaseStudy() {}

    CaseStudy(long councilId, Long contractId, Long outcomeId, String title, String body) {
        super(councilId);
        this.status = Status.DRAFT;
        rewrite(contractId, outcomeId, title, body);
    }

    void rewrite(Long newContractId, Long newOutcomeId, String newTitle, String newBody) {
        if (newTitle == null || newTitle.isBlank() || newBody == null || newBody.isBlank()) {
            throw new IllegalArgumentException("A case study needs a title and its story");
        }
        this.contractId = newContractId;
        this.outcomeId = newOutcomeId;
        this.title = newTitle.trim();
        this.body = newBody.trim();
    }

    void publish(OffsetDateTime at) {
        if (status == Status.PUBLISHED) {
            throw PublicationUnchanged.alreadyPublished();
        }
        this.status = Status.PUBLISHED;
        this.publishedAt = at;
    }

    void unpublish() {
        if (status != Status.PUBLISHED) {
            throw PublicationUnchanged.notPublished();
        }
        this.status = Status.DRAFT;
        this.publishedAt = null;
    }

    public Long contractId() {
        return contractId;
    }

    public Long outcomeId() {
        return outcomeId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }
}
