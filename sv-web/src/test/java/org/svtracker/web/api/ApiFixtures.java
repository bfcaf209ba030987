package org.svtracker.web.api;

import static org.svtracker.domain.testing.CommitmentTermsBuilder.aCommitment;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.svtracker.domain.testing.CommitmentTermsBuilder;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.token.AccessTokens;
import org.svtracker.domain.token.TokenLifetime;

/**
 * A council of the API tests' own, with two suppliers on live contracts, their users and tokens, so
 * that these tests change no demo data other tests read. Built through the product's own services.
 */
final class ApiFixtures {

    static final Actor SYSTEM = Actor.system("API test fixtures");
    static final String PASSWORD = "a long enough password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String LIBRARY = """
            code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence
            VOL,Volunteering,hours,Hours given,valued,COM,2024/25,16.93,Living wage,Published rate
            VISITS,School visits,number,Visits made,counted,SKL,,,,
            STORY,Community story,,,narrative,COM,,,,
            """;

    private final ApplicationContext context;

    ApiFixtures(ApplicationContext context) {
        this.context = context;
    }

    /** A council with a framework, a measure library and a contract manager and councillor. */
    World world() {
        int n = SEQUENCE.incrementAndGet();
        String slug = "apitest-" + n;
        long councilId = bean(CouncilRepository.class)
                .save(new Council(slug, "API Test Council " + n, CouncilSettings.withThreshold(BigDecimal.ZERO, null)))
                .id();
        bean(Frameworks.class)
                .startEdition(
                        councilId,
                        new NewFrameworkEdition(
                                "API test policy",
                                LocalDate.of(2024, 4, 1),
                                List.of(new ThemeDraft(
                                        "SOC",
                                        "Social",
                                        List.of(
                                                new OutcomeDraft("COM", "Stronger communities"),
                                                new OutcomeDraft("SKL", "Better skills"))))),
                        SYSTEM);
        bean(MeasureLibrary.class)
                .importLibrary(councilId, new StringReader(LIBRARY), LocalDate.of(2024, 4, 1), SYSTEM);
        FrameworkView framework = bean(Frameworks.class).currentFramework(councilId, LocalDate.now());
        Map<String, Long> outcomes = framework.outcomes().stream()
                .collect(Collectors.toMap(FrameworkView.OutcomeView::code, FrameworkView.OutcomeView::id));
        Map<String, Long> measures = bean(MeasureLibrary.class).library(councilId).stream()
                .collect(Collectors.toMap(MeasureView::code, MeasureView::id));
        long manager = staff("contracts." + slug, Role.CONTRACT_MANAGER, councilId);
        long councillor = staff("councillor." + slug, Role.COUNCILLOR, councilId);
        long supplierA = supplier("Alpha Works " + n);
        long supplierB = supplier("Beta Services " + n);
        return new World(
                slug,
                councilId,
                manager,
                councillor,
                supplierA,
                supplierB,
                supplierUser("alpha." + slug, supplierA),
                supplierUser("alpha2." + slug, supplierA),
                supplierUser("beta." + slug, supplierB),
                outcomes,
                measures);
    }

    /** A live contract of the supplier with a valued, a counted and a narrative commitment. */
    LiveContract liveContract(World world, long supplierId) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate end = LocalDate.of(2028, 3, 31);
        DomainFixtures.LiveContract live = bean(DomainFixtures.class)
                .liveContract(
                        world.councilId(),
                        SYSTEM,
                        supplierId,
                        LocalDate.of(2024, 4, 2),
                        aContract("API-" + n)
                                .titled("Contract " + n)
                                .worth("250000.00")
                                .running(LocalDate.of(2024, 4, 1), end),
                        commitment(world, "VOL", "COM").target("1000").due(end),
                        commitment(world, "VISITS", "SKL").target("20").due(end),
                        commitment(world, "STORY", "COM").noTarget().narrative("A story of the community"));
        return new LiveContract(live.id(), "API-" + n, live.commitment(0), live.commitment(1), live.commitment(2));
    }

    /** A token of the user's, as its value. */
    String token(long userId) {
        return bean(AccessTokens.class)
                .issue(userId, "test token", TokenLifetime.DAYS_30, SYSTEM)
                .token();
    }

    private static CommitmentTermsBuilder commitment(World world, String measure, String outcome) {
        return aCommitment(world.measures().get(measure), world.outcomes().get(outcome));
    }

    private long staff(String username, Role role, long councilId) {
        return bean(Accounts.class)
                .createCouncilStaff(new NewStaffMember(username, username, null, PASSWORD, role, councilId));
    }

    private long supplier(String name) {
        return bean(Suppliers.class)
                .registerSupplier(new NewSupplier(null, name, null, SupplierSize.SMALL, false, "OX1 1AA"), SYSTEM);
    }

    private long supplierUser(String username, long supplierId) {
        return bean(Accounts.class).createSupplierUser(username, username, null, PASSWORD, supplierId);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    record World(
            String slug,
            long councilId,
            long managerId,
            long councillorId,
            long supplierA,
            long supplierB,
            long alphaUser,
            long alphaSecondUser,
            long betaUser,
            Map<String, Long> outcomes,
            Map<String, Long> measures) {}

    record LiveContract(long id, String reference, long volunteering, long visits, long story) {}
}
