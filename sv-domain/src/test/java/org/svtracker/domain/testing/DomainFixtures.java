package org.svtracker.domain.testing;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestComponent;
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
import org.svtracker.domain.measure.MeasureImportResult;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.supplier.NewSupplier;
import org.svtracker.domain.supplier.SupplierSize;
import org.svtracker.domain.supplier.Suppliers;

/**
 * Builds a small council for a test, through the same services the product uses: a framework of
 * two themes and three outcomes, a library of a valued, a counted and a narrative measure, and its
 * staff.
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

    DomainFixtures(
            CouncilRepository councils,
            Frameworks frameworks,
            MeasureLibrary library,
            Accounts accounts,
            Suppliers suppliers) {
        this.councils = councils;
        this.frameworks = frameworks;
        this.library = library;
        this.accounts = accounts;
        this.suppliers = suppliers;
    }

    /** A council with its framework, measure library and one user per staff role. */
    public TestCouncil council(String slug) {
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
        MeasureImportResult imported = library.importLibrary(councilId, new StringReader(LIBRARY), TODAY, SYSTEM);
        if (!imported.imported()) {
            throw new IllegalStateException("Fixture library did not import: " + imported.problems());
        }
        long procurement = staff(slug, "procurement", Role.PROCUREMENT_OFFICER, councilId);
        long contracts = staff(slug, "contracts", Role.CONTRACT_MANAGER, councilId);
        FrameworkView framework = frameworks.currentFramework(councilId, TODAY);
        Map<String, Long> outcomes = framework.outcomes().stream()
                .collect(Collectors.toMap(FrameworkView.OutcomeView::code, FrameworkView.OutcomeView::id));
        Map<String, Long> measures =
                library.library(councilId).stream().collect(Collectors.toMap(MeasureView::code, MeasureView::id));
        return new TestCouncil(councilId, procurement, contracts, outcomes, measures);
    }

    public long supplier(String name) {
        return suppliers.registerSupplier(
                new NewSupplier(null, name, null, SupplierSize.SMALL, false, "OX1 1AA"), SYSTEM);
    }

    private long staff(String slug, String prefix, Role role, long councilId) {
        return accounts.createCouncilStaff(new NewStaffMember(
                prefix + "." + slug, prefix + " of " + slug, null, "a long enough password", role, councilId));
    }

    public record TestCouncil(
            long id,
            long procurementOfficerId,
            long contractManagerId,
            Map<String, Long> outcomes,
            Map<String, Long> measures) {

        public Actor manager() {
            return Actor.user(contractManagerId, "Contract manager");
        }

        public Actor officer() {
            return Actor.user(procurementOfficerId, "Procurement officer");
        }
    }
}
