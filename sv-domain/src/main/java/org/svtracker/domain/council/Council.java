package org.svtracker.domain.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.svtracker.domain.VersionedEntity;

/** A council: the tenant. Its settings say which contracts are in scope and how delivery is judged. */
@Entity
@Table(name = "council")
public class Council extends VersionedEntity {

    private String slug;

    private String name;

    private BigDecimal socialValueThreshold;

    private BigDecimal targetPercent;

    private BigDecimal minimumWeightingPercent;

    private BigDecimal ragUpperPercent;

    private BigDecimal ragLowerPercent;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Council() {}

    public Council(String slug, String name, CouncilSettings settings) {
        this.slug = slug;
        this.name = name;
        changeSettings(settings);
    }

    public void changeSettings(CouncilSettings settings) {
        this.socialValueThreshold = settings.socialValueThreshold();
        this.targetPercent = settings.targetPercent();
        this.minimumWeightingPercent = settings.minimumWeightingPercent();
        this.ragUpperPercent = settings.ragUpperPercent();
        this.ragLowerPercent = settings.ragLowerPercent();
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public CouncilSettings settings() {
        return new CouncilSettings(
                socialValueThreshold, targetPercent, minimumWeightingPercent, ragUpperPercent, ragLowerPercent);
    }
}
