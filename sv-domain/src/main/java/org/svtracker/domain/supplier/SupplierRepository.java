package org.svtracker.domain.supplier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Suppliers are shared across councils, so these queries need no council. */
interface SupplierRepository extends Repository<Supplier, Long> {

    Supplier save(Supplier supplier);

    Optional<Supplier> findById(long id);

    Optional<Supplier> findBySlug(String slug);

    Optional<Supplier> findByCompaniesHouseNumber(String number);

    @Query("""
            select s from Supplier s
            where lower(s.name) like lower(concat('%', :text, '%')) or s.companiesHouseNumber = upper(:text)
            order by s.name
            limit 20
            """)
    List<Supplier> search(String text);
}
