package org.svtracker.domain.remedy;

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

/** A recovery plan on an under-delivering commitment, closed with what came of it. */
@Entity
@Table(name = "remedy")
public class Remedy {

    public enum Status {
        OPEN,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "council_id")
    private long councilId;

    @Column(name = "commitment_id")
    private long commitmentId;

    private String action;

    private String owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String outcome;

    @Column(name = "penalty_amount")
    private BigDecimal penaltyAmount;

    @Column(name = "penalty_note")
    private String penaltyNote;

    @Column(name = "opened_by")
    private Long openedBy;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private long version;

    protected Remedy() {}

    Remedy(
            long councilId,
            long commitmentId,
            String action,
            String owner,
            LocalDate dueDate,
            Long openedBy,
            OffsetDateTime at) {
        if (action == null || action.isBlank() || owner == null || owner.isBlank() || dueDate == null) {
            throw new IllegalArgumentException("A recovery plan needs an action, an owner and a due date");
        }
        this.councilId = councilId;
        this.commitmentId = commitmentId;
        this.action = action.trim();
        this.owner = owner.trim();
        this.dueDate = dueDate;
        this.status = Status.OPEN;
        this.openedBy = openedBy;
        this.openedAt = at;
    }

    /** A penalty, where the contract allows one (Warwickshire's policy considers them). */
    void recordPenalty(BigDecimal amount, String note) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A penalty must be more than £0");
        }
        this.penaltyAmount = amount;
        this.penaltyNote = note;
    }

    void close(String result, OffsetDateTime at) {
        if (status != Status.OPEN) {
            throw RemedyClosed.already();
        }
        if (result == null || result.isBlank()) {
            throw new IllegalArgumentException("Closing a recovery plan needs its outcome");
        }
        this.status = Status.CLOSED;
        this.outcome = result.trim();
        this.closedAt = at;
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

    public String action() {
        return action;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Status status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public BigDecimal penaltyAmount() {
        return penaltyAmount;
    }

    public long version() {
        return version;
    }
}
