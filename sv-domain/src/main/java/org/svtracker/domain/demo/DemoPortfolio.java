package org.svtracker.domain.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.CommitmentTerms;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractDetails;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.framework.NewFrameworkEdition;
import org.svtracker.domain.framework.NewFrameworkEdition.OutcomeDraft;
import org.svtracker.domain.framework.NewFrameworkEdition.ThemeDraft;
import org.svtracker.domain.measure.MeasureImportResult;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.returns.Declarations;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.supplier.NewSupplier;
import org.svtracker.domain.supplier.SupplierSize;
import org.svtracker.domain.supplier.Suppliers;

/**
 * The demo councils' frameworks, measure libraries, suppliers, contracts, commitments and returns,
 * read from the files in {@code demo/} and entered through the same services the pages use, so the
 * demo obeys every rule real data does. Each part is loaded only if it is not there yet.
 */
@Component
class DemoPortfolio {

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);
    private static final Actor LOADER = Actor.system("Demo data loader");

    private final Frameworks frameworks;
    private final MeasureLibrary library;
    private final Suppliers suppliers;
    private final Accounts accounts;
    private final Contracts contracts;
    private final Commitments commitments;
    private final Returns deliveries;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final EntityManager entityManager;
    private final Map<Long, Map<String, Long>> measureIdsByCouncil = new HashMap<>();
    private final Map<Long, Map<String, Long>> outcomeIdsByCouncil = new HashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();

    DemoPortfolio(
            Frameworks frameworks,
            MeasureLibrary library,
            Suppliers suppliers,
            Accounts accounts,
            Contracts contracts,
            Commitments commitments,
            Returns deliveries,
            JdbcClient jdbc,
            Clock clock,
            EntityManager entityManager) {
        this.frameworks = frameworks;
        this.library = library;
        this.suppliers = suppliers;
        this.accounts = accounts;
        this.contracts = contracts;
        this.commitments = commitments;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    void loadFrameworks(Map<String, Long> councilIds) {
        for (Map<String, String> edition : DemoCsv.rows("demo/frameworks/editions.csv")) {
            Long councilId = councilIds.get(edition.get("council"));
            if (councilId == null
                    || frameworks
                            .frameworkInForce(councilId, LocalDate.of(2100, 1, 1))
                            .isPresent()) {
                continue;
            }
            Map<String, ThemeBuilder> themes = new LinkedHashMap<>();
            for (Map<String, String> row : DemoCsv.rows("demo/frameworks/" + edition.get("council") + ".csv")) {
                themes.computeIfAbsent(row.get("theme_code"), code -> new ThemeBuilder(code, row.get("theme")))
                        .outcomes()
                        .add(new OutcomeDraft(row.get("outcome_code"), row.get("outcome")));
            }
            frameworks.startEdition(
                    councilId,
                    new NewFrameworkEdition(
                            edition.get("edition"),
                            LocalDate.parse(edition.get("effective_from")),
                            themes.values().stream()
                                    .map(t -> new ThemeDraft(t.code(), t.name(), t.outcomes()))
                                    .toList()),
                    LOADER);
        }
    }

    void loadMeasureLibraries(Map<String, Long> councilIds) {
        if (library.sharedLibrary().isEmpty()) {
            check("shared", library.importSharedLibrary(DemoCsv.open("demo/measures/shared.csv"), LOADER));
        }
        councilIds.forEach((slug, councilId) -> {
            if (library.library(councilId).isEmpty() && DemoCsv.exists("demo/measures/" + slug + ".csv")) {
                check(
                        slug,
                        library.importLibrary(
                                councilId, DemoCsv.open("demo/measures/" + slug + ".csv"), today(), LOADER));
            }
        });
    }

    Map<String, Long> loadSuppliers() {
        Map<String, Long> ids = new HashMap<>();
        for (Map<String, String> row : DemoCsv.rows("demo/suppliers.csv")) {
            String slug = row.get("slug");
            long id = suppliers
                    .findBySlug(slug)
                    .map(s -> s.id())
                    .orElseGet(() -> suppliers.registerSupplier(
                            new NewSupplier(
                                    slug,
                                    row.get("name"),
                                    row.get("companies_house_number"),
                                    SupplierSize.valueOf(row.get("size")),
                                    Boolean.parseBoolean(row.get("vcse")),
                                    row.get("postcode")),
                            LOADER));
            ids.put(slug, id);
            String username = "supplier." + slug;
            if (!accounts.exists(username)) {
                accounts.createSupplierUser(
                        username, "Jamie Lee", username + "@demo.invalid", DemoData.DEMO_PASSWORD, id);
            }
        }
        return ids;
    }

    /** Contracts go through their lifecycle as in life: commitments in tender, valued at award, returns while live. */
    void loadContracts(Map<String, Long> councilIds, Map<String, Long> supplierIds) {
        Map<String, List<Map<String, String>>> commitmentRows = DemoCsv.rows("demo/commitments.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("council") + "/" + r.get("contract_reference")));
        Map<String, List<Map<String, String>>> returnRows = DemoCsv.rows("demo/returns.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("council") + "/" + r.get("contract_reference")));
        // Look-ups are remembered for one load only: ids from a rolled-back load must not survive it.
        measureIdsByCouncil.clear();
        outcomeIdsByCouncil.clear();
        actors.clear();
        int loaded = 0;
        for (Map<String, String> row : DemoCsv.rows("demo/contracts.csv")) {
            Long councilId = councilIds.get(row.get("council"));
            if (councilId == null || contractExists(councilId, row.get("reference"))) {
                continue;
            }
            String key = row.get("council") + "/" + row.get("reference");
            loadContract(
                    councilId,
                    row,
                    supplierIds,
                    commitmentRows.getOrDefault(key, List.of()),
                    returnRows.getOrDefault(key, List.of()));
            // Keep the persistence context small: each contract is done once written.
            entityManager.flush();
            entityManager.clear();
            loaded++;
        }
        log.info("Demo contracts loaded: {}", loaded);
    }

    private void loadContract(
            long councilId,
            Map<String, String> row,
            Map<String, Long> supplierIds,
            List<Map<String, String>> commitmentRows,
            List<Map<String, String>> returnRows) {
        String slug = row.get("council");
        Actor officer = staff("procurement." + slug);
        Actor manager = staff("contracts." + slug);
        LocalDate start = LocalDate.parse(row.get("start_date"));
        long contractId = contracts.registerContract(
                councilId,
                new ContractDetails(
                        row.get("reference"),
                        row.get("title"),
                        ContractCategory.valueOf(row.get("category")),
                        new BigDecimal(row.get("value")),
                        start,
                        LocalDate.parse(row.get("end_date")),
                        blankToNull(row.get("weighting_percent")),
                        null,
                        officer.userId(),
                        manager.userId(),
                        null,
                        row.get("local_area")),
                officer);
        ContractStatus target = ContractStatus.valueOf(row.get("status"));
        long version = 0;
        if (target == ContractStatus.PLANNED) {
            return;
        }
        contracts.startTender(councilId, contractId, version++, officer);
        Map<String, Long> measureIds =
                library.library(councilId).stream().collect(Collectors.toMap(MeasureView::code, MeasureView::id));
        Map<String, Long> outcomeIds = frameworks.currentFramework(councilId, today()).outcomes().stream()
                .collect(Collectors.toMap(FrameworkView.OutcomeView::code, FrameworkView.OutcomeView::id));
        Map<String, Long> commitmentIds = new HashMap<>();
        for (Map<String, String> c : commitmentRows) {
            commitmentIds.put(
                    c.get("measure_code"),
                    commitments.addCommitment(
                            councilId,
                            contractId,
                            new CommitmentTerms(
                                    measureIds.get(c.get("measure_code")),
                                    blankToNull(c.get("target_quantity")),
                                    blankToNull(c.get("target_quantity")) == null
                                            ? null
                                            : LocalDate.parse(c.get("due_date")),
                                    null,
                                    outcomeIds.get(c.get("primary_outcome_code")),
                                    c.get("narrative").isBlank() ? null : c.get("narrative"),
                                    Boolean.parseBoolean(c.get("local")),
                                    blankToNull(c.get("deadweight_percent")),
                                    blankToNull(c.get("attribution_percent"))),
                            officer));
        }
        if (target == ContractStatus.IN_TENDER) {
            return;
        }
        long supplierId = supplierIds.get(row.get("supplier"));
        // Awarded as the contract starts, so its commitments take that financial year's proxies.
        contracts.awardContract(councilId, contractId, version++, supplierId, start, officer);
        if (target == ContractStatus.AWARDED) {
            return;
        }
        contracts.startDelivery(councilId, contractId, version++, officer);
        Actor supplierUser = staff("supplier." + row.get("supplier"));
        for (Map<String, String> r : returnRows) {
            loadReturn(councilId, supplierId, commitmentIds.get(r.get("measure_code")), r, supplierUser, manager);
        }
        entityManager.flush();
        backdateReturns(councilId, contractId);
        if (target == ContractStatus.CLOSED) {
            contracts.closeContract(councilId, contractId, version, officer);
        }
    }

    private void loadReturn(
            long councilId,
            long supplierId,
            long commitmentId,
            Map<String, String> row,
            Actor supplierUser,
            Actor manager) {
        Quarter quarter = Quarter.parse(row.get("quarter"));
        long returnId = deliveries.startReturn(
                supplierId,
                commitmentId,
                quarter,
                blankToNull(row.get("quantity")),
                row.get("narrative"),
                supplierUser);
        ReturnStatus status = ReturnStatus.valueOf(row.get("status"));
        if (status == ReturnStatus.DRAFT) {
            return;
        }
        deliveries.submitReturn(supplierId, returnId, 0, Declarations.BOTH, supplierUser);
        switch (status) {
            case VERIFIED -> deliveries.verifyReturn(councilId, returnId, 1, null, manager);
            case QUERIED -> deliveries.queryReturn(councilId, returnId, 1, row.get("decision_reason"), manager);
            case REJECTED -> deliveries.rejectReturn(councilId, returnId, 1, row.get("decision_reason"), manager);
            default -> {}
        }
    }

    /**
     * The loader runs today; give the contract's returns the dates they would have had, so that
     * queues and timelines read true. Called after a flush, so Hibernate has nothing left to write
     * over these dates.
     */
    private void backdateReturns(long councilId, long contractId) {
        jdbc.sql("""
                        update delivery_return r
                        set submitted_at = case when r.submitted_at is null then null
                                                else (r.period_end + interval '12 days')::timestamptz end,
                            decided_at = case when r.decided_at is null then null
                                              else (r.period_end + interval '26 days')::timestamptz end
                        from commitment c
                        where c.id = r.commitment_id and c.council_id = r.council_id
                          and r.council_id = ? and c.contract_id = ?
                        """).params(councilId, contractId).update();
    }

    private boolean contractExists(long councilId, String reference) {
        return jdbc.sql("select count(*) from contract where council_id = ? and reference = ?")
                        .params(councilId, reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Actor staff(String username) {
        return actors.computeIfAbsent(username, name -> {
            var account = accounts.findForSignIn(name)
                    .orElseThrow(() -> new IllegalStateException("Demo user " + name + " is missing"));
            return Actor.user(account.id(), account.displayName());
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static BigDecimal blankToNull(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    private static void check(String library, MeasureImportResult result) {
        if (!result.imported()) {
            throw new IllegalStateException(
                    "The demo measure library " + library + " has problems: " + result.problems());
        }
    }

    private record ThemeBuilder(String code, String name, List<OutcomeDraft> outcomes) {
        ThemeBuilder(String code, String name) {
            this(code, name, new ArrayList<>());
        }
    }
}
