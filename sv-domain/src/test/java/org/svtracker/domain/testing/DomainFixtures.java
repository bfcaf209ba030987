package org.svtracker.domain.testing;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestComponent;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.NewStaffMember;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.council.Council;
import org.svtracker.domain.council.CouncilRepository;
import org.svtracker.domain.council.CouncilSettings;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.framework.NewFrameworkEdition;
import org.svtracker.domain.framework.NewFrameworkEdition.OutcomeDraft;
import org.svtracker.domain.framework.NewFrameworkEdition.ThemeDraft;
import org.svtracker.domain.measure.MeasureImportResult;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.supplier.NewSupplier;
import org.svtracker.domain.supplier.SupplierSize;
import org.svtracker.domain.supplier.Suppliers;

/**
 * Builds a small council for a test, through the same services the product uses: a framework of
 * two themes and three outcomes, a library of a valued, a counted and a narrative measure, and its
 * staff; and contracts of a council, in tender or live with a supplier and its commitments.
 */
@TestComponent
public class DomainFixtures {

    public static final Actor SYSTEM = Actor.system("test fixtures");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    public static final String LIBRARY = """
            code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence
            JOBS,Local jobs,FTE,Full-time equivalents,valued,EMP;SKL,2024/25,24000.00,Test source,Test licence
            JOBS,Local jobs,FTE,Full-time equivalents,valued,EMP;SKL,2025/26,25000.00,Test source,Test licence
            VOL,Volunteering,hours,Hours given,valued,COM,2025/26,16.93,Living wage,Published rate
            VISITS,School visits,number,Visits made,counted,SKL,,,,
            STORY,Community story,,,narrative,COM,,,,
            """;

    private final CouncilRepository councils;
    private final Frameworks frameworks;
    private final MeasureLibrary library;
    private final Accounts accounts;
    private final Suppliers suppliers;
    private final Contracts contracts;
    private final Commitments commitments;

    DomainFixtures(
            CouncilRepository councils,
            Frameworks frameworks,
            MeasureLibrary library,
            Accounts accounts,
            Suppliers suppliers,
            Contracts contracts,
            Commitments commitments) {
        this.councils = councils;
        this.frameworks = frameworks;
        this.library = library;
        this.accounts = accounts;
        this.suppliers = suppliers;
        this.contracts = contracts;
        this.commitments = commitments;
    }

    /** A council with its framework, the {@link #LIBRARY} of measures, a procurement officer and a contract manager. */
    public TestCouncil council(String slug) {
        return council(slug, LIBRARY, Role.PROCUREMENT_OFFICER, Role.CONTRACT_MANAGER);
    }

    /**
     * A council with its framework, a library of measures in the CSV format of the library import
     * (whose outcome codes are EMP, SKL and COM), and one user of each staff role given, named
     * {@code procurement.}, {@code contracts.}, {@code admin.} or {@code councillor.} and the slug.
     */
    public TestCouncil council(String slug, String libraryCsv, Role... staffRoles) {
        long councilId = councils.save(new Council(
                        slug,
                        slug + " Council",
                        CouncilSettings.withThreshold(new BigDecimal("100000.00"), new BigDecimal("10.00"))))
                .id();
        frameworks.startEdition(
                councilId,
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
        MeasureImportResult imported = library.importLibrary(councilId, new StringReader(libraryCsv), TODAY, SYSTEM);
        if (!imported.imported()) {
            throw new IllegalStateException("Fixture library did not import: " + imported.problems());
        }
        Map<Role, Long> staff = new EnumMap<>(Role.class);
        for (Role role : staffRoles) {
            staff.put(role, staff(slug, role, councilId));
        }
        FrameworkView framework = frameworks.currentFramework(councilId, TODAY);
        Map<String, Long> themes = framework.themes().stream()
                .collect(Collectors.toMap(FrameworkView.ThemeView::code, FrameworkView.ThemeView::id));
        Map<String, Long> outcomes = framework.outcomes().stream()
                .collect(Collectors.toMap(FrameworkView.OutcomeView::code, FrameworkView.OutcomeView::id));
        Map<String, Long> measures =
                library.library(councilId).stream().collect(Collectors.toMap(MeasureView::code, MeasureView::id));
        return new TestCouncil(councilId, slug, framework.editionId(), Map.copyOf(staff), themes, outcomes, measures);
    }

    public long supplier(String name) {
        return suppliers.registerSupplier(
                new NewSupplier(null, name, null, SupplierSize.SMALL, false, "OX1 1AA"), SYSTEM);
    }

    /** A contract registered and put out to tender, by the council's procurement officer. */
    public long contractInTender(TestCouncil council, ContractDetailsBuilder contract) {
        return contractInTender(council.id(), council.officer(), contract);
    }

    /** A contract registered and put out to tender: commitments can be added, and it can be awarded. */
    public long contractInTender(long councilId, Actor actor, ContractDetailsBuilder contract) {
        long contractId = contracts.registerContract(councilId, contract.build(), actor);
        contracts.startTender(councilId, contractId, 0, actor);
        return contractId;
    }

    /** Awards a contract just put out to tender to the supplier and starts its delivery, by the council's officer. */
    public void awardAndStartDelivery(TestCouncil council, long contractId, long supplierId, LocalDate awardedOn) {
        awardAndStartDelivery(council.id(), council.officer(), contractId, supplierId, awardedOn);
    }

    /**
     * Awards a contract just put out to tender (by {@link #contractInTender}, and not revised since)
     * to the supplier and starts its delivery; the commitments' proxies freeze at the award.
     */
    public void awardAndStartDelivery(
            long councilId, Actor actor, long contractId, long supplierId, LocalDate awardedOn) {
        contracts.awardContract(councilId, contractId, 1, supplierId, awardedOn, actor);
        contracts.startDelivery(councilId, contractId, 2, actor);
    }

    /** A live contract of the supplier with these commitments, by the council's procurement officer. */
    public LiveContract liveContract(
            TestCouncil council,
            long supplierId,
            LocalDate awardedOn,
            ContractDetailsBuilder contract,
            CommitmentTermsBuilder... commitmentTerms) {
        return liveContract(council.id(), council.officer(), supplierId, awardedOn, contract, commitmentTerms);
    }

    /**
     * A live contract of the supplier, the way the product makes one: registered, put out to tender,
     * its commitments added, awarded on the day given (which freezes the proxies of that financial
     * year) and its delivery started.
     */
    public LiveContract liveContract(
            long councilId,
            Actor actor,
            long supplierId,
            LocalDate awardedOn,
            ContractDetailsBuilder contract,
            CommitmentTermsBuilder... commitmentTerms) {
        long contractId = contractInTender(councilId, actor, contract);
        List<Long> commitmentIds = new ArrayList<>();
        for (CommitmentTermsBuilder terms : commitmentTerms) {
            commitmentIds.add(commitments.addCommitment(councilId, contractId, terms.build(), actor));
        }
        awardAndStartDelivery(councilId, actor, contractId, supplierId, awardedOn);
        return new LiveContract(contractId, List.copyOf(commitmentIds));
    }

    private long staff(String slug, Role role, long councilId) {
        String prefix = TestCouncil.usernamePrefix(role);
        return accounts.createCouncilStaff(new NewStaffMember(
                prefix + "." + slug, prefix + " of " + slug, null, "a long enough password", role, councilId));
    }

    /** A live contract's id and its commitments' ids, in the order they were given. */
    public record LiveContract(long id, List<Long> commitmentIds) {

        public long commitment(int index) {
            return commitmentIds.get(index);
        }
    }

    /** A council of a test: its ids, its staff by role, and its themes, outcomes and measures by code. */
    public record TestCouncil(
            long id,
            String slug,
            long editionId,
            Map<Role, Long> staff,
            Map<String, Long> themes,
            Map<String, Long> outcomes,
            Map<String, Long> measures) {

        public long procurementOfficerId() {
            return staff.get(Role.PROCUREMENT_OFFICER);
        }

        public long contractManagerId() {
            return staff.get(Role.CONTRACT_MANAGER);
        }

        /** The username of the council's user in this staff role, such as {@code procurement.} and the slug. */
        public String username(Role role) {
            return usernamePrefix(role) + "." + slug;
        }

        public Actor manager() {
            return Actor.user(contractManagerId(), "Contract manager");
        }

        public Actor officer() {
            return Actor.user(procurementOfficerId(), "Procurement officer");
        }

        /** A commitment to the measure of this code, serving the outcome of this code. */
        public CommitmentTermsBuilder commitment(String measureCode, String outcomeCode) {
            return CommitmentTermsBuilder.aCommitment(measures.get(measureCode), outcomes.get(outcomeCode));
        }

        private static String usernamePrefix(Role role) {
            return switch (role) {
                case PROCUREMENT_OFFICER -> "procurement";
                case CONTRACT_MANAGER -> "contracts";
                case COUNCIL_ADMIN -> "admin";
                case COUNCILLOR -> "councillor";
                default -> throw new IllegalArgumentException(role + " is not a council staff role");
            };
        }
    }
}
