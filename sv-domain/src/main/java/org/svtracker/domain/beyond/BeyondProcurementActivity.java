package org.svtracker.domain.beyond;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.svtracker.domain.council.CouncilOwned;
import org.svtracker.domain.measure.MeasureUnit;

/** Social value the council creates itself, recorded against its outcomes and reported apart. */
@Entity
@Table(name = "beyond_procurement_activity")
public class BeyondProcurementActivity extends CouncilOwned {

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private String title;

    private String description;

    private long outcomeId;

    private LocalDate activityDate;

    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    private MeasureUnit unit;

    protected BeyondProcurementActivity() {}

    BeyondProcurementActivity(long councilId, NewActivity activity) {
        super(councilId);
        revise(activity);
    }

    /** Rewrites the activity under the same rules as when it was recorded. */
    void revise(NewActivity activity) {
        if (activity.title() == null || activity.title().isBlank()) {
            throw new IllegalArgumentException("An activity needs a title");
        }
        if ((activity.quantity() == null) != (activity.unit() == null)) {
            throw new IllegalArgumentException("A quantity needs its unit");
        }
        if (activity.quantity() == null
                && (activity.description() == null || activity.description().isBlank())) {
            throw new IllegalArgumentException("Give a quantity or describe what was done");
        }
        this.kind = java.util.Objects.requireNonNull(activity.kind(), "An activity needs its kind");
        this.title = activity.title().trim();
        this.description = activity.description();
        this.outcomeId = activity.outcomeId();
        this.activityDate = java.util.Objects.requireNonNull(activity.activityDate(), "An activity needs a date");
        this.quantity = activity.quantity();
        this.unit = activity.unit();
    }

    public ActivityKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public long outcomeId() {
        return outcomeId;
    }

    public LocalDate activityDate() {
        return activityDate;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public MeasureUnit unit() {
        return unit;
    }
}
