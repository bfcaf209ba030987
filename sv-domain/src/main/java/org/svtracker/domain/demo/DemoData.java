package org.svtracker.domain.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
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
        var resource = new ClassPathResource("demo/councils.csv");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            List<DemoCouncil> result = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", 5);
                result.add(new DemoCouncil(
                        fields[0],
                        fields[1],
                        new BigDecimal(fields[2]),
                        fields[3].isBlank() ? null : new BigDecimal(fields[3])));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/councils.csv", e);
        }
    }

    record DemoCouncil(String slug, String name, BigDecimal threshold, BigDecimal targetPercent) {}

    /** The same invented people play each role in every demo council. */
    private record DemoRole(String prefix, Role role, String personName) {}
}
