package org.svtracker.domain.framework;

import jakarta.persistence.MappedSuperclass;
import org.svtracker.domain.council.CouncilOwned;

/** What a theme and an outcome share: a code, a name the council may change, and a place in order. */
@MappedSuperclass
public abstract class FrameworkEntry extends CouncilOwned {

    private String code;

    private String name;

    private int position;

    protected FrameworkEntry() {}

    FrameworkEntry(long councilId, String code, String name, int position) {
        super(councilId);
        this.code = FrameworkEdition.requireText(code, kind() + " needs a code");
        this.name = FrameworkEdition.requireText(name, kind() + " needs a name");
        this.position = position;
    }

    /** How a refusal names the entry ("A theme", "An outcome"); a constant, so safe to call while constructing. */
    abstract String kind();

    public void rename(String newName) {
        this.name = FrameworkEdition.requireText(newName, kind() + " needs a name");
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
