package org.svtracker.domain.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A theme of a council's framework (Oxfordshire: Economic, Social, Environmental). */
@Entity
@Table(name = "theme")
public class Theme extends FrameworkEntry {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private FrameworkEdition edition;

    @OneToMany(mappedBy = "theme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Outcome> outcomes = new ArrayList<>();

    protected Theme() {}

    Theme(FrameworkEdition edition, String code, String name, int position) {
        super(edition.councilId(), code, name, position);
        this.edition = edition;
    }

    @Override
    String kind() {
        return "A theme";
    }

    public Outcome addOutcome(String outcomeCode, String outcomeName) {
        if (outcomeCode != null && edition.usesOutcomeCode(outcomeCode)) {
            throw FrameworkCodeTaken.forCode(outcomeCode.trim());
        }
        Outcome outcome = new Outcome(this, outcomeCode, outcomeName, outcomes.size() + 1);
        outcomes.add(outcome);
        return outcome;
    }

    FrameworkEdition edition() {
        return edition;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
