package org.svtracker.domain.supplier;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import org.svtracker.domain.VersionedEntity;

/** An organisation that holds contracts; shared across councils, so one supplier may work for several. */
@Entity
@Table(name = "supplier")
public class Supplier extends VersionedEntity {

    private String slug;

    private String name;

    private String companiesHouseNumber;

    @Enumerated(EnumType.STRING)
    private SupplierSize size;

    private boolean vcse;

    private String postcode;

    protected Supplier() {}

    public Supplier(NewSupplier details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new IllegalArgumentException("A supplier needs a name");
        }
        this.name = details.name().trim();
        this.slug = details.slug() != null ? details.slug() : slugOf(this.name);
        this.companiesHouseNumber = blankToNull(details.companiesHouseNumber()) == null
                ? null
                : CompaniesHouseNumber.normalise(details.companiesHouseNumber())
                        .orElseThrow(() -> new IllegalArgumentException(
                                "Companies House number must be 8 digits, or 2 letters and 6 digits"));
        this.postcode = blankToNull(details.postcode()) == null
                ? null
                : UkPostcode.normalise(details.postcode())
                        .orElseThrow(() -> new IllegalArgumentException("Enter a real UK postcode, like SW1A 1AA"));
        this.size = java.util.Objects.requireNonNull(details.size(), "A supplier needs a size");
        this.vcse = details.vcse();
    }

    static String slugOf(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String companiesHouseNumber() {
        return companiesHouseNumber;
    }

    public SupplierSize size() {
        return size;
    }

    public boolean vcse() {
        return vcse;
    }

    public String postcode() {
        return postcode;
    }
}
