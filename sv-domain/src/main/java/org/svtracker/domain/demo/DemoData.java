package org.svtracker.domain.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.account.NewStaffMember;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.council.Council;
import org.svtracker.domain.council.CouncilRepository;
import org.svtracker.domain.council.CouncilSettings;

/**
 * The demo tenants: the five councils whose policies the product is built from, each with one user
 * per staff role. Seeding is idempotent: what exists already is left as it is.
 */
@Service
public class DemoData {

    /** Written in the README for people trying the demo; shown nowhere in the application. */
    public static final String DEMO_PASSWORD = "social-value-demo";

    public static final String PLATFORM_ADMIN = "platform.admin";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final List<DemoRole> STAFF_ROLES = List.of(
            new DemoRole("admin", Role.COUNCIL_ADMIN, "Alex Morgan"),
            new DemoRole("procurement", Role.PROCUREMENT_OFFICER, "Priya Shah"),
            new DemoRole("contracts", Role.CONTRACT_MANAGER, "Chris Evans"),
            new DemoRole("councillor", Role.COUNCILLOR, "Cllr Jo Baker"));

    private final CouncilRepository councils;
    private final Accounts accounts;
    private final DemoPortfolio portfolio;
    private final DemoFollowUp followUp;
    private final Clock clock;

    DemoData(
            CouncilRepository councils,
            Accounts accounts,
            DemoPortfolio portfolio,
            DemoFollowUp followUp,
            Clock clock) {
        this.councils = councils;
        this.accounts = accounts;
        this.portfolio = portfolio;
        this.followUp = followUp;
        this.clock = clock;
    }

    @Transactional
    public void seed() {
        int created = 0;
        Map<String, Long> councilIds = new LinkedHashMap<>();
        for (DemoCouncil demo : readCouncils()) {
            Council council = councils.findBySlug(demo.slug()).orElse(null);
            if (council == null) {
                council = councils.save(new Council(
                        demo.slug(),
                        demo.name(),
                        CouncilSettings.withThreshold(demo.threshold(), demo.targetPercent())));
                created++;
            }
            councilIds.put(demo.slug(), council.id());
            for (DemoRole role : STAFF_ROLES) {
                String username = role.prefix() + "." + demo.slug();
                if (!accounts.exists(username)) {
                    accounts.createCouncilStaff(new NewStaffMember(
                            username,
                            role.personName(),
                            username + "@demo.invalid",
                            DEMO_PASSWORD,
                            role.role(),
                            council.id()));
                    created++;
                }
            }
        }
        if (!accounts.exists(PLATFORM_ADMIN)) {
            accounts.createPlatformAdmin(PLATFORM_ADMIN, "Sam Patel", "platform.admin@demo.invalid", DEMO_PASSWORD);
            created++;
        }
        log.info("Demo data seeded: {} councils and users created, the rest already there", created);
        portfolio.loadFrameworks(councilIds);
        portfolio.loadMeasureLibraries(councilIds);
        Map<String, Long> supplierIds = portfolio.loadSuppliers();
        portfolio.loadContracts(councilIds, supplierIds);
        followUp.load(councilIds, LocalDate.now(clock));
    }

    static List<DemoCouncil> readCouncils() {
        return DemoCsv.rows("demo/councils.csv").stream()
                .map(row -> new DemoCouncil(
                        row.get("slug"),
                        row.get("name"),
                        new BigDecimal(row.get("social_value_threshold")),
                        row.get("target_percent").isBlank() ? null : new BigDecimal(row.get("target_percent"))))
                .toList();
    }

    record DemoCouncil(String slug, String name, BigDecimal threshold, BigDecimal targetPercent) {}

    /** The same invented people play each role in every demo council. */
    private record DemoRole(String prefix, Role role, String personName) {}
}
