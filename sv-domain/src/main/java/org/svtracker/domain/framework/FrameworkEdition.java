package org.svtracker.domain.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.svtracker.domain.council.CouncilOwned;

/**
 * One edition of a council's priority framework: its themes and, under them, the outcomes (or
 * priorities) that commitments serve. A new edition starts on a date; old records keep pointing at
 * the outcomes of the edition they were made under.
 */
@Entity
@Table(name = "framework_edition")
public class FrameworkEdition extends CouncilOwned {

    private String name;

    private LocalDate effectiveFrom;

    @OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Theme> themes = new ArrayList<>();

    protected FrameworkEdition() {}

    public FrameworkEdition(long councilId, String name, LocalDate effectiveFrom) {
        super(councilId);
        this.name = requireText(name, "An edition needs a name");
        this.effectiveFrom = effectiveFrom;
    }

    public Theme addTheme(String code, String themeName) {
        if (themes.stream().anyMatch(t -> t.code().equalsIgnoreCase(code))) {
            throw FrameworkCodeTaken.forCode(code);
        }
        Theme theme = new Theme(this, code, themeName, themes.size() + 1);
        themes.add(theme);
        return theme;
    }

    /** Whether any outcome of this edition, retired ones included, has the code (in any case). */
    boolean usesOutcomeCode(String code) {
        return themes.stream()
                .flatMap(t -> t.outcomes().stream())
                .anyMatch(o -> o.code().equalsIgnoreCase(code.trim()));
    }

    static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text.trim();
    }

    public String name() {
        return name;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public List<Theme> themes() {
        return List.copyOf(themes);
    }
}
