package org.svtracker.domain.remedy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.svtracker.domain.council.CouncilOwned;

/** A recovery plan on an under-delivering commitment, closed with what came of it. */
@Entity
@Table(name = "remedy")
public class Remedy extends CouncilOwned {

    public enum Status {
        OPEN,
        CLOSED
    }

    private long commitmentId;

    private String action;

    private String owner;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String outcome;

    private BigDecimal penaltyAmount;

    private String penaltyNote;

    private Long openedBy;

    private OffsetDateTime openedAt;

    private OffsetDateTime closedAt;

    protected Remedy() {}

    Remedy(
            long councilId,
            long commitmentId,
            String action,
            String owner,
            LocalDate dueDate,
            Long openedBy,
            OffsetDateTime at) {
        super(councilId);
        if (action == null || action.isBlank() || owner == null || owner.isBlank() || dueDate == null) {
            throw new IllegalArgumentException("A recovery plan needs an action, an owner and a due date");
        }
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
}
