package org.svtracker.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.svtracker.domain.DomainIntegrationTest;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.commitment.Commitments;
import org.svtracker.domain.contract.RegisterCriteria.RegisterOrder;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;
import org.svtracker.domain.testing.QueryCounter;

@DomainIntegrationTest
@Import(QueryCounter.class)
class ContractRegisterTests {

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    Contracts contracts;

    @Autowired
    Commitments commitments;

    @Autowired
    ContractRegister register;

    @Autowired
    QueryCounter queries;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    TestCouncil council;

    @BeforeEach
    void aCouncil() {
        council = fixtures.council("registershire");
    }

    @Test
    void theRegisterCostsTheSameNumberOfQueriesForFiveRowsAsForFifty() {
        addContracts(0, 5);
        long forFive = queries.countOf(() -> assertThat(register.search(council.id(), RegisterCriteria.everything())
                        .rows())
                .hasSize(5));

        addContracts(5, 45);
        long forFifty = queries.countOf(() -> assertThat(register.search(council.id(), RegisterCriteria.everything())
                        .rows())
                .hasSize(RegisterCriteria.PAGE_SIZE));

        assertThat(forFive).isEqualTo(forFifty).isEqualTo(2);
    }

    @Test
    void theRegisterIsPagedTwentyFiveAtATime() {
        addContracts(0, 30);

        RegisterPage second =
                register.search(council.id(), RegisterCriteria.everything().page(2));

        assertThat(second.totalRows()).isEqualTo(30);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.rows())
                .extracting(RegisterPage.Row::reference)
                .first()
                .isEqualTo("REG-026");
    }

    @Test
    void searchFindsTheReferenceTitleOrSupplierAndFiltersNarrowIt() {
        long school =
                contract("REG-SCH", "School meals", "90000.00", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
        long roads = fixtures.contractInTender(
                council,
                aContract("REG-RD")
                        .titled("Road gritting")
                        .worth("250000.00")
                        .running(LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31)));
        long supplier = fixtures.supplier("Gritters United Ltd");
        commitments.addCommitment(
                council.id(),
                roads,
                council.commitment("JOBS", "EMP").target("1").build(),
                council.officer());
        contracts.awardContract(council.id(), roads, 1, supplier, LocalDate.of(2025, 3, 1), council.officer());

        assertThat(ids(new RegisterCriteria("meals", null, null, null, null, RegisterOrder.REFERENCE, 1)))
                .containsExactly(school);
        assertThat(ids(new RegisterCriteria("gritters", null, null, null, null, RegisterOrder.REFERENCE, 1)))
                .containsExactly(roads);
        assertThat(ids(new RegisterCriteria(
                        null, ContractStatus.AWARDED, null, null, null, RegisterOrder.REFERENCE, 1)))
                .containsExactly(roads);
        assertThat(ids(new RegisterCriteria(
                        null, null, FinancialYear.parse("2024/25"), null, null, RegisterOrder.REFERENCE, 1)))
                .containsExactly(school);
        assertThat(ids(new RegisterCriteria(
                        null, null, null, council.outcomes().get("EMP"), null, RegisterOrder.REFERENCE, 1)))
                .containsExactly(roads);
        // The fixture council's threshold is £100,000.
        assertThat(ids(new RegisterCriteria(null, null, null, null, false, RegisterOrder.REFERENCE, 1)))
                .containsExactly(school);
        assertThat(ids(new RegisterCriteria(null, null, null, null, null, RegisterOrder.VALUE_HIGHEST_FIRST, 1)))
                .containsExactly(roads, school);
        entityManager.flush();
        RegisterPage.Row row = register.search(
                        council.id(), new RegisterCriteria("REG-RD", null, null, null, null, null, 1))
                .rows()
                .get(0);
        assertThat(row.supplierName()).isEqualTo("Gritters United Ltd");
        assertThat(row.committedGross().amount()).isEqualByComparingTo("24000.00");
        assertThat(row.inScope()).isTrue();
    }

    @Test
    void searchTextIsMatchedLiterallyAndAnotherCouncilsContractsNeverShow() {
        contract("REG-100%", "Hundred per cent", "1.00", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
        contract("REG-1000", "Thousand", "1.00", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
        TestCouncil other = fixtures.council("registerelsewhere");

        assertThat(register.search(council.id(), new RegisterCriteria("100%", null, null, null, null, null, 1))
                        .rows())
                .extracting(RegisterPage.Row::reference)
                .containsExactly("REG-100%");
        assertThat(register.search(other.id(), RegisterCriteria.everything()).totalRows())
                .isZero();
    }

    private java.util.List<Long> ids(RegisterCriteria criteria) {
        entityManager.flush(); // this test's one transaction wrote through JPA; the register reads with SQL
        return register.search(council.id(), criteria).rows().stream()
                .map(RegisterPage.Row::id)
                .toList();
    }

    private void addContracts(int from, int count) {
        for (int i = from; i < from + count; i++) {
            contract(
                    String.format("REG-%03d", i + 1),
                    "Contract " + i,
                    "150000.00",
                    LocalDate.of(2025, 4, 1),
                    LocalDate.of(2027, 3, 31));
        }
    }

    private long contract(String reference, String title, String value, LocalDate start, LocalDate end) {
        return contracts.registerContract(
                council.id(),
                aContract(reference)
                        .titled(title)
                        .worth(value)
                        .running(start, end)
                        .build(),
                council.officer());
    }
}
