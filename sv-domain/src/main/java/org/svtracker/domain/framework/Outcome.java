package org.svtracker.domain.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An outcome (or priority) of a council's framework: what commitments serve. A retired outcome
 * takes no new commitments but stays on the records that already name it.
 */
@Entity
@Table(name = "outcome")
public class Outcome extends FrameworkEntry {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    private boolean retired;

    protected Outcome() {}

    Outcome(Theme theme, String code, String name, int position) {
        super(theme.edition().councilId(), code, name, position);
        this.theme = theme;
    }

    @Override
    String kind() {
        return "An outcome";
    }

    public void retire() {
        this.retired = true;
    }

    Theme theme() {
        return theme;
    }

    public boolean retired() {
        return retired;
    }
}
