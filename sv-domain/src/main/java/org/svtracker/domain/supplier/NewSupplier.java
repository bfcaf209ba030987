package org.svtracker.domain.supplier;

/** A supplier to register; the slug is made from the name when not given. */
public record NewSupplier(
        String slug, String name, String companiesHouseNumber, SupplierSize size, boolean vcse, String postcode) {}
