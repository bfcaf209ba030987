package org.svtracker.web.delivery;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.NewStaffMember;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentTerms;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractDetails;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.council.Council;
import org.svtracker.domain.council.CouncilRepository;
import org.svtracker.domain.council.CouncilSettings;
import org.svtracker.domain.delivery.Deliveries;
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

/**
 * A council of its own for each test, so that what one test verifies or records changes nothing
 * another test reads: staff in every role, a supplier with a portal user, and a live contract with
 * a valued and a narrative commitment and returns in several states.
 */
class ManagerFixtures {

    static final String PASSWORD = "a long enough password";
    private static final Actor SYSTEM = Actor.system("contract manager tests");
    private static final AtomicInteger COUNT = new AtomicInteger();

    private static final String LIBRARY = """
            code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence
            JOBS,Local jobs,FTE,Full-time equivalents,valued,EMP,2025/26,25000.00,Test source,Test licence
            VISITS,School visits,number,Visits made,counted,EMP,,,,
            STORY,Community story,,,narrative,COM,,,,
            """;

    private final CouncilRepository councils;
    private final Frameworks frameworks;
    private final MeasureLibrary library;
    private final Accounts accounts;
    private final Suppliers suppliers;
    private final Contracts contracts;
    private final Commitments commitments;
    private final Deliveries deliveries;

    ManagerFixtures(
            CouncilRepository councils,
            Frameworks frameworks,
            MeasureLibrary library,
            Accounts accounts,
            Suppliers suppliers,
            Contracts contracts,
            Commitments commitments,
            Deliveries deliveries) {
        this.councils = councils;
        this.frameworks = frameworks;
        this.library = library;
        this.accounts = accounts;
        this.suppliers = suppliers;
        this.contracts = contracts;
        this.commitments = commitments;
        this.deliveries = deliveries;
    }

    /** What a test works with: usernames per role, and the ids of the contract and its records. */
    record Setup(
            long councilId,
            String slug,
            long contractId,
            long contractVersion,
            long jobsCommitmentId,
            long storyCommitmentId,
            long visitsCommitmentId,
            long submittedQ1,
            long submittedQ2,
            long verifiedQ4,
            long supplierId) {

        String user(String prefix) {
            return prefix + "." + slug;
        }
    }

    Setup council() {
        String slug = "cm" + System.nanoTime() % 1_000_000 + "x" + COUNT.incrementAndGet();
        long councilId = councils.save(new Council(
                        slug,
                        "Council " + slug,
                        CouncilSettings.withThreshold(new BigDecimal("0.00"), new BigDecimal("10.00"))))
                .id();
        frameworks.startEdition(
                councilId,
                new NewFrameworkEdition(
                        "Test policy",
                        LocalDate.of(2024, 4, 1),
                        List.of(new ThemeDraft(
                                "ECO",
                                "Economic",
                                List.of(
                                        new OutcomeDraft("EMP", "More local people in work"),
                                        new OutcomeDraft("COM", "Stronger communities"))))),
                SYSTEM);
        var imported = library.importLibrary(councilId, new StringReader(LIBRARY), LocalDate.of(2026, 11, 22), SYSTEM);
        if (!imported.imported()) {
            throw new IllegalStateException("Library did not import: " + imported.problems());
        }
        long officer = staff(slug, "procurement", Role.PROCUREMENT_OFFICER, councilId);
        long manager = staff(slug, "contracts", Role.CONTRACT_MANAGER, councilId);
        staff(slug, "admin", Role.COUNCIL_ADMIN, councilId);
        staff(slug, "councillor", Role.COUNCILLOR, councilId);
        long supplierId = suppliers.registerSupplier(
                new NewSupplier(null, "Supplier of " + slug, null, SupplierSize.SMALL, false, "OX1 1AA"), SYSTEM);
        long supplierUser = accounts.createSupplierUser("supplier." + slug, "Sam Supplier", null, PASSWORD, supplierId);
        Map<String, Long> outcomes =
                frameworks.currentFramework(councilId, LocalDate.of(2026, 11, 22)).outcomes().stream()
                        .collect(Collectors.toMap(FrameworkView.OutcomeView::code, FrameworkView.OutcomeView::id));
        Map<String, Long> measures =
                library.library(councilId).stream().collect(Collectors.toMap(MeasureView::code, MeasureView::id));

        Actor officerActor = Actor.user(officer, "Olive Officer");
        Actor managerActor = Actor.user(manager, "Chris Manager");
        Actor supplierActor = Actor.user(supplierUser, "Sam Supplier");
        LocalDate start = LocalDate.of(2025, 4, 1);
        LocalDate end = LocalDate.of(2027, 3, 31);
        long contractId = contracts.registerContract(
                councilId,
                new ContractDetails(
                        slug.toUpperCase() + "-001",
                        "Grounds maintenance",
                        ContractCategory.SERVICES,
                        new BigDecimal("400000.00"),
                        start,
                        end,
                        new BigDecimal("10"),
                        null,
                        officer,
                        manager,
                        null,
                        "The county"),
                officerActor);
        contracts.startTender(councilId, contractId, 0, officerActor);
        long jobs = commitments.addCommitment(
                councilId,
                contractId,
                new CommitmentTerms(
                        measures.get("JOBS"),
                        new BigDecimal("8"),
                        end,
                        null,
                        outcomes.get("EMP"),
                        null,
                        true,
                        null,
                        null),
                officerActor);
        long visits = commitments.addCommitment(
                councilId,
                contractId,
                new CommitmentTerms(
                        measures.get("VISITS"),
                        new BigDecimal("20"),
                        end,
                        null,
                        outcomes.get("EMP"),
                        null,
                        true,
                        null,
                        null),
                officerActor);
        long story = commitments.addCommitment(
                councilId,
                contractId,
                new CommitmentTerms(
                        measures.get("STORY"),
                        null,
                        null,
                        null,
                        outcomes.get("COM"),
                        "A community garden",
                        true,
                        null,
                        null),
                officerActor);
        contracts.awardContract(councilId, contractId, 1, supplierId, start, officerActor);
        contracts.startDelivery(councilId, contractId, 2, officerActor);

        long verifiedQ4 = submitted(supplierId, jobs, Quarter.parse("Q4 2025/26"), "1.5", supplierActor);
        deliveries.verifyReturn(councilId, verifiedQ4, 1, null, managerActor);
        long q1 = submitted(supplierId, jobs, Quarter.parse("Q1 2026/27"), "1", supplierActor);
        long q2 = submitted(supplierId, jobs, Quarter.parse("Q2 2026/27"), "1.25", supplierActor);
        return new Setup(councilId, slug, contractId, 3, jobs, story, visits, q1, q2, verifiedQ4, supplierId);
    }

    private long submitted(long supplierId, long commitmentId, Quarter quarter, String quantity, Actor actor) {
        long id = deliveries.startReturn(
                supplierId, commitmentId, quarter, new BigDecimal(quantity), "Two local people hired", actor);
        deliveries.submitReturn(supplierId, id, 0, true, true, actor);
        return id;
    }

    private long staff(String slug, String prefix, Role role, long councilId) {
        String name = switch (role) {
            case CONTRACT_MANAGER -> "Chris Manager";
            case PROCUREMENT_OFFICER -> "Olive Officer";
            case COUNCIL_ADMIN -> "Ada Admin";
            default -> "Colin Councillor";
        };
        return accounts.createCouncilStaff(
                new NewStaffMember(prefix + "." + slug, name, null, PASSWORD, role, councilId));
    }
}
