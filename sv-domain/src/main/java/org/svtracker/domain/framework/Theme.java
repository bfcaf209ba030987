package org.svtracker.domain.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** A theme of a council's framework (Oxfordshire: Economic, Social, Environmental). */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long councilId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private FrameworkEdition edition;

    private String code;

    private String name;

    private int position;

    @OneToMany(mappedBy = "theme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Outcome> outcomes = new ArrayList<>();

    @Version
    private long version;

    protected Theme() {}

    Theme(FrameworkEdition edition, String code, String name, int position) {
        this.edition = edition;
        this.councilId = edition.councilId();
        this.code = FrameworkEdition.requireText(code, "A theme needs a code");
        this.name = FrameworkEdition.requireText(name, "A theme needs a name");
        this.position = position;
    }

    public Outcome addOutcome(String outcomeCode, String outcomeName) {
        if (outcomeCode != null && edition.usesOutcomeCode(outcomeCode)) {
            throw FrameworkCodeTaken.forCode(outcomeCode.trim());
        }
        Outcome outcome = new Outcome(this, outcomeCode, outcomeName, outcomes.size() + 1);
        outcomes.add(outcome);
        return outcome;
    }

    public void rename(String newName) {
        this.name = FrameworkEdition.requireText(newName, "A theme needs a name");
    }

    FrameworkEdition edition() {
        return edition;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public long version() {
        return version;
    }
}
