package org.svtracker.domain.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Every query names the council (or, for a supplier, the supplier): no query reads across tenants. */
public interface ContractRepository extends Repository<Contract, Long> {

    Contract save(Contract contract);

    Optional<Contract> findByIdAndCouncilId(long id, long councilId);

    Optional<Contract> findByCouncilIdAndReference(long councilId, String reference);

    Optional<Contract> findByIdAndSupplierId(long id, long supplierId);

    List<Contract> findBySupplierIdOrderByCouncilIdAscReferenceAsc(long supplierId);

    List<Contract> findByCouncilIdAndContractManagerIdOrderByReference(long councilId, long contractManagerId);
}
