package org.svtracker.domain.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An outcome (or priority) of a council's framework: what commitments serve. A retired outcome
 * takes no new commitments but stays on the records that already name it.
 */
@Entity
@Table(name = "outcome")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long councilId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    private String code;

    private String name;

    private int position;

    private boolean retired;

    @Version
    private long version;

    protected Outcome() {}

    Outcome(Theme theme, String code, String name, int position) {
        this.theme = theme;
        this.councilId = theme.edition().councilId();
        this.code = FrameworkEdition.requireText(code, "An outcome needs a code");
        this.name = FrameworkEdition.requireText(name, "An outcome needs a name");
        this.position = position;
    }

    public void rename(String newName) {
        this.name = FrameworkEdition.requireText(newName, "An outcome needs a name");
    }

    public void retire() {
        this.retired = true;
    }

    Theme theme() {
        return theme;
    }

    public Long id() {
        return id;
    }

    public long councilId() {
        return councilId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean retired() {
        return retired;
    }

    public long version() {
        return version;
    }
}
