package org.svtracker.domain.supplier;

public record SupplierSummary(
        long id,
        String slug,
        String name,
        String companiesHouseNumber,
        SupplierSize size,
        boolean vcse,
        String postcode) {

    static SupplierSummary of(Supplier s) {
        return new SupplierSummary(
                s.id(), s.slug(), s.name(), s.companiesHouseNumber(), s.size(), s.vcse(), s.postcode());
    }
}
