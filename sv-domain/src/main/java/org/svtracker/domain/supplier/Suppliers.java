package org.svtracker.domain.supplier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;

/** The register of supplier organisations, shared by every council. */
@Service
public class Suppliers {

    private final SupplierRepository suppliers;
    private final AuditTrail audit;

    Suppliers(SupplierRepository suppliers, AuditTrail audit) {
        this.suppliers = suppliers;
        this.audit = audit;
    }

    @Transactional
    public long registerSupplier(NewSupplier details, Actor actor) {
        Supplier supplier = suppliers.save(new Supplier(details));
        audit.record(
                actor,
                null,
                AuditedEntity.SUPPLIER,
                supplier.id(),
                "CREATED",
                Map.of("name", supplier.name(), "size", supplier.size(), "vcse", supplier.vcse()));
        return supplier.id();
    }

    /** By part of the name, or by Companies House number. */
    @Transactional(readOnly = true)
    public List<SupplierSummary> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return suppliers.search(text.trim()).stream().map(SupplierSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SupplierSummary> findBySlug(String slug) {
        return suppliers.findBySlug(slug).map(SupplierSummary::of);
    }

    @Transactional(readOnly = true)
    public Optional<SupplierSummary> findById(long id) {
        return suppliers.findById(id).map(SupplierSummary::of);
    }
}
