package org.svtracker.web.portal;

import static org.svtracker.domain.testing.CommitmentTermsBuilder.aCommitment;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.NewStaffMember;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.audit.Actor;
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
import org.svtracker.domain.supplier.NewSupplier;
import org.svtracker.domain.supplier.SupplierSize;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.domain.testing.DomainFixtures;

/**
 * A council of its own for a portal test, through the product's services: a live contract with a
 * valued and a narrative commitment, awarded to a supplier with one user, and a contract manager.
 * Names carry a random suffix, since web tests share one database and nothing is rolled back.
 */
final class PortalFixtures {

    static final String PASSWORD = "a long enough password";
    private static final Actor SYSTEM = Actor.system("portal test fixtures");
    private static final String LIBRARY = """
            code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence
            JOBS,Local jobs,FTE,Full-time equivalents,valued,EMP,2025/26,25000.00,Test source,Test licence
            STORY,Community story,,,narrative,COM,,,,
            """;

    /** What a test gets: the council, its manager, the supplier and its user, the contract and its commitments. */
    record Portal(
            long councilId,
            long managerId,
            String managerUsername,
            long supplierId,
            String supplierUsername,
            long contractId,
            long jobsCommitmentId,
            long storyCommitmentId) {

        Actor manager() {
            return Actor.user(managerId, "Contract manager");
        }
    }

    private PortalFixtures() {}

    static Portal create(ApplicationContext context) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String slug = "portal-" + suffix;
        long councilId = context.getBean(CouncilRepository.class)
                .save(new Council(
                        slug, "Portal Test Council " + suffix, CouncilSettings.withThreshold(BigDecimal.ZERO, null)))
                .id();
        Frameworks frameworks = context.getBean(Frameworks.class);
        frameworks.startEdition(
                councilId,
                new NewFrameworkEdition(
                        "Test policy",
                        LocalDate.of(2024, 4, 1),
                        List.of(
                                new ThemeDraft("ECO", "Economic", List.of(new OutcomeDraft("EMP", "More local jobs"))),
                                new ThemeDraft("SOC", "Social", List.of(new OutcomeDraft("COM", "Communities"))))),
                SYSTEM);
        MeasureLibrary library = context.getBean(MeasureLibrary.class);
        library.importLibrary(councilId, new StringReader(LIBRARY), LocalDate.of(2025, 4, 1), SYSTEM);
        Map<String, Long> measures =
                library.library(councilId).stream().collect(Collectors.toMap(MeasureView::code, MeasureView::id));
        Map<String, Long> outcomes =
                frameworks.currentFramework(councilId, LocalDate.of(2025, 4, 1)).outcomes().stream()
                        .collect(Collectors.toMap(FrameworkView.OutcomeView::code, FrameworkView.OutcomeView::id));
        Accounts accounts = context.getBean(Accounts.class);
        long officer = accounts.createCouncilStaff(new NewStaffMember(
                "procurement." + slug, "Officer " + suffix, null, PASSWORD, Role.PROCUREMENT_OFFICER, councilId));
        long manager = accounts.createCouncilStaff(new NewStaffMember(
                "contracts." + slug, "Manager " + suffix, null, PASSWORD, Role.CONTRACT_MANAGER, councilId));
        long supplierId = context.getBean(Suppliers.class)
                .registerSupplier(
                        new NewSupplier(null, "Portal Supplier " + suffix, null, SupplierSize.SMALL, false, "OX1 1AA"),
                        SYSTEM);
        String supplierUsername = "supplier." + slug;
        accounts.createSupplierUser(supplierUsername, "Sam Supplier", null, PASSWORD, supplierId);

        Actor officerActor = Actor.user(officer, "Officer");
        LocalDate end = LocalDate.of(2028, 3, 31);
        DomainFixtures.LiveContract live = context.getBean(DomainFixtures.class)
                .liveContract(
                        councilId,
                        officerActor,
                        supplierId,
                        LocalDate.of(2025, 3, 1),
                        aContract("PT-" + suffix)
                                .titled("Parks and open spaces")
                                .worth("400000.00")
                                .running(LocalDate.of(2025, 4, 1), end),
                        aCommitment(measures.get("JOBS"), outcomes.get("EMP"))
                                .target("3")
                                .due(end)
                                .narrative("Three local posts")
                                .local(),
                        aCommitment(measures.get("STORY"), outcomes.get("COM"))
                                .noTarget()
                                .due(end)
                                .narrative("A community garden with a local school")
                                .local());
        long contractId = live.id();
        long jobs = live.commitment(0);
        long story = live.commitment(1);
        return new Portal(
                councilId, manager, "contracts." + slug, supplierId, supplierUsername, contractId, jobs, story);
    }
}
