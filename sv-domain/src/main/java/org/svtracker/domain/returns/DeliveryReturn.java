package org.svtracker.domain.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.svtracker.domain.calendar.Quarter;

/** What was delivered against a commitment in one quarter, and what the council decided about it. */
@Entity
@Table(name = "delivery_return")
public class DeliveryReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "council_id")
    private long councilId;

    @Column(name = "commitment_id")
    private long commitmentId;

    @Column(name = "supplier_id")
    private long supplierId;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private BigDecimal quantity;

    private String narrative;

    @Enumerated(EnumType.STRING)
    private ReturnStatus status;

    @Column(name = "declared_contract_and_period")
    private boolean declaredContractAndPeriod;

    @Column(name = "declared_commitment")
    private boolean declaredCommitment;

    @Column(name = "recorded_on_behalf")
    private boolean recordedOnBehalf;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    private long version;

    protected DeliveryReturn() {}

    DeliveryReturn(long councilId, long commitmentId, long supplierId, Quarter period, boolean recordedOnBehalf) {
        this.councilId = councilId;
        this.commitmentId = commitmentId;
        this.supplierId = supplierId;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.status = ReturnStatus.DRAFT;
        this.recordedOnBehalf = recordedOnBehalf;
    }

    /** Changes what the return says; only while it is with the supplier (a draft, or queried). */
    public void revise(ReturnContent content) {
        requireWithSupplier();
        List<ReturnProblem> problems = ReturnRules.problems(null, content, null);
        if (!problems.isEmpty()) {
            throw ReturnRefused.invalid(problems);
        }
        this.quantity = content.quantity();
        this.narrative = content.narrative();
    }

    /** Sends the return to the council, with both declarations and what it says complete. */
    public void submit(Declarations declarations, Long by, OffsetDateTime at) {
        requireWithSupplier();
        List<ReturnProblem> problems = ReturnRules.problems(null, content(), declarations);
        if (!problems.isEmpty()) {
            throw ReturnRefused.invalid(problems);
        }
        this.declaredContractAndPeriod = true;
        this.declaredCommitment = true;
        this.status = ReturnStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public void verify(long reviewer, String note, OffsetDateTime at) {
        decide(ReturnStatus.VERIFIED, reviewer, note, at);
    }

    public void query(long reviewer, String question, OffsetDateTime at) {
        requireReason(question, "return.refused.reason.query");
        decide(ReturnStatus.QUERIED, reviewer, question, at);
    }

    public void reject(long reviewer, String reason, OffsetDateTime at) {
        requireReason(reason, "return.refused.reason.reject");
        decide(ReturnStatus.REJECTED, reviewer, reason, at);
    }

    /** What the return says now. */
    public ReturnContent content() {
        return new ReturnContent(quantity, narrative);
    }

    private void requireWithSupplier() {
        if (!status.withSupplier()) {
            throw ReturnRefused.notEditable(status);
        }
    }

    private void decide(ReturnStatus decision, long reviewer, String reason, OffsetDateTime at) {
        if (status != ReturnStatus.SUBMITTED) {
            throw ReturnRefused.notSubmitted(status);
        }
        this.status = decision;
        this.decidedBy = reviewer;
        this.decidedAt = at;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    private static void requireReason(String reason, String messageKey) {
        if (reason == null || reason.isBlank()) {
            throw ReturnRefused.invalid(List.of(ReturnProblem.of(ReturnProblem.REASON, messageKey)));
        }
    }

    public Long id() {
        return id;
    }

    public long councilId() {
        return councilId;
    }

    public long commitmentId() {
        return commitmentId;
    }

    public long supplierId() {
        return supplierId;
    }

    public Quarter period() {
        return Quarter.of(periodStart);
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String narrative() {
        return narrative;
    }

    public ReturnStatus status() {
        return status;
    }

    public boolean recordedOnBehalf() {
        return recordedOnBehalf;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public long version() {
        return version;
    }
}
