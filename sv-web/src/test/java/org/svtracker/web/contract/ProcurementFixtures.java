package org.svtracker.web.contract;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.NewStaffMember;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractDetails;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.council.Council;
import org.svtracker.domain.council.CouncilRepository;
import org.svtracker.domain.council.CouncilSettings;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.framework.NewFrameworkEdition;
import org.svtracker.domain.framework.NewFrameworkEdition.OutcomeDraft;
import org.svtracker.domain.framework.NewFrameworkEdition.ThemeDraft;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.testing.DomainFixtures;

/**
 * Councils of the procurement tests' own, built through the product's services, so that tests
 * which change data never touch the demo councils other tests read.
 */
final class ProcurementFixtures {

    static final Actor SYSTEM = Actor.system("procurement tests");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final CouncilRepository councils;
    private final Frameworks frameworks;
    private final MeasureLibrary library;
    private final Accounts accounts;
    private final Contracts contracts;
    private final UserDetailsService users;

    ProcurementFixtures(
            CouncilRepository councils,
            Frameworks frameworks,
            MeasureLibrary library,
            Accounts accounts,
            Contracts contracts,
            UserDetailsService users) {
        this.councils = councils;
        this.frameworks = frameworks;
        this.library = library;
        this.accounts = accounts;
        this.contracts = contracts;
        this.users = users;
    }

    /** A council with a £100,000 threshold, a 10% target, a small framework and library, and its staff. */
    TestCouncil council(String name) {
        String slug = name + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long id = councils.save(new Council(
                        slug,
                        slug + " Council",
                        CouncilSettings.withThreshold(new BigDecimal("100000.00"), new BigDecimal("10.00"))))
                .id();
        frameworks.startEdition(
                id,
                new NewFrameworkEdition(
                        "Test policy",
                        LocalDate.of(2024, 4, 1),
                        List.of(
                                new ThemeDraft(
                                        "ECO",
                                        "Economic",
                                        List.of(
                                                new OutcomeDraft("EMP", "More local people in work"),
                                                new OutcomeDraft("SKL", "Better skills"))),
                                new ThemeDraft(
                                        "SOC", "Social", List.of(new OutcomeDraft("COM", "Stronger communities"))))),
                SYSTEM);
        var imported =
                library.importLibrary(id, new StringReader(DomainFixtures.LIBRARY), DomainFixtures.TODAY, SYSTEM);
        if (!imported.imported()) {
            throw new IllegalStateException("Library did not import: " + imported.problems());
        }
        long officer = staff("procurement." + slug, Role.PROCUREMENT_OFFICER, id);
        long manager = staff("contracts." + slug, Role.CONTRACT_MANAGER, id);
        long admin = staff("admin." + slug, Role.COUNCIL_ADMIN, id);
        long councillor = staff("councillor." + slug, Role.COUNCILLOR, id);
        FrameworkView framework = frameworks.currentFramework(id, DomainFixtures.TODAY);
        Map<String, Long> outcomes = framework.outcomes().stream()
                .collect(Collectors.toMap(FrameworkView.OutcomeView::code, FrameworkView.OutcomeView::id));
        Map<String, Long> measures =
                library.library(id).stream().collect(Collectors.toMap(MeasureView::code, MeasureView::id));
        return new TestCouncil(id, slug, officer, manager, admin, councillor, outcomes, measures);
    }

    long contract(TestCouncil council, String reference, String value) {
        return contracts.registerContract(
                council.id(),
                new ContractDetails(
                        reference,
                        "Contract " + reference,
                        ContractCategory.SERVICES,
                        new BigDecimal(value),
                        LocalDate.of(2027, 4, 1),
                        LocalDate.of(2029, 3, 31),
                        new BigDecimal("10"),
                        null,
                        council.officerId(),
                        council.managerId(),
                        null,
                        "Testshire"),
                SYSTEM);
    }

    UserDetails user(String username) {
        return users.loadUserByUsername(username);
    }

    private long staff(String username, Role role, long councilId) {
        return accounts.createCouncilStaff(
                new NewStaffMember(username, username, null, "a long enough password", role, councilId));
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
