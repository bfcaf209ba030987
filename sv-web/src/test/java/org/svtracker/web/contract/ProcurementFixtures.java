package org.svtracker.web.contract;

import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.testing.DomainFixtures;

/**
 * Councils of the procurement tests' own, built through the product's services, so that tests
 * which change data never touch the demo councils other tests read.
 */
final class ProcurementFixtures {

    static final Actor SYSTEM = Actor.system("procurement tests");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final DomainFixtures domain;
    private final Contracts contracts;
    private final UserDetailsService users;

    ProcurementFixtures(DomainFixtures domain, Contracts contracts, UserDetailsService users) {
        this.domain = domain;
        this.contracts = contracts;
        this.users = users;
    }

    /** A council with a £100,000 threshold, a 10% target, a small framework and library, and its staff. */
    TestCouncil council(String name) {
        String slug = name + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        DomainFixtures.TestCouncil council = domain.council(
                slug,
                DomainFixtures.LIBRARY,
                Role.PROCUREMENT_OFFICER,
                Role.CONTRACT_MANAGER,
                Role.COUNCIL_ADMIN,
                Role.COUNCILLOR);
        return new TestCouncil(
                council.id(),
                slug,
                council.procurementOfficerId(),
                council.contractManagerId(),
                council.staff().get(Role.COUNCIL_ADMIN),
                council.staff().get(Role.COUNCILLOR),
                council.outcomes(),
                council.measures());
    }

    long contract(TestCouncil council, String reference, String value) {
        return contracts.registerContract(
                council.id(),
                aContract(reference)
                        .worth(value)
                        .running(LocalDate.of(2027, 4, 1), LocalDate.of(2029, 3, 31))
                        .procurementOfficer(council.officerId())
                        .contractManager(council.managerId())
                        .localArea("Testshire")
                        .build(),
                SYSTEM);
    }

    UserDetails user(String username) {
        return users.loadUserByUsername(username);
    }

    record TestCouncil(
            long id,
            String slug,
            long officerId,
            long managerId,
            long adminId,
            long councillorId,
            Map<String, Long> outcomes,
            Map<String, Long> measures) {

        String officer() {
            return "procurement." + slug;
        }

        String manager() {
            return "contracts." + slug;
        }

        String admin() {
            return "admin." + slug;
        }

        String councillor() {
            return "councillor." + slug;
        }
    }
}
