package org.svtracker.domain.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByCouncilIdOrderByRoleAscDisplayNameAsc(long councilId);

    Optional<UserAccount> findByIdAndCouncilId(long id, long councilId);

    List<UserAccount> findBySupplierIdOrderByDisplayNameAsc(long supplierId);

    List<UserAccount> findByEmailIgnoreCaseAndEnabledTrue(String email);
}
