package org.svtracker.domain.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svtracker.domain.testing.ContractDetailsBuilder.aContract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;
import org.svtracker.domain.contract.ContractDetails;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.DomainFixtures.TestCouncil;
import org.svtracker.domain.testing.TestDatabaseConfiguration;

/** Two people edit the same commitment at once: one wins, the other is told, and nothing is lost silently. */
@SpringBootTest(classes = org.svtracker.domain.DomainTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class})
class ConcurrentEditTests {

    @Autowired
    DomainFixtures fixtures;

    @Autowired
    Contracts contracts;

    @Autowired
    Commitments commitments;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoTransactionsEditingTheSameCommitmentGiveOneWinnerAndOneConflict() throws Exception {
        TestCouncil council = fixtures.council("concurrentshire");
        long contractId = contracts.registerContract(council.id(), details(), council.officer());
        long commitmentId = commitments.addCommitment(council.id(), contractId, jobs(council, "3"), council.officer());

        CountDownLatch bothHaveRead = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String target : List.of("4", "5")) {
            results.add(pool.submit(() -> {
                try {
                    transactions.executeWithoutResult(status -> {
                        long version = commitments
                                .commitment(council.id(), commitmentId)
                                .version();
                        bothHaveRead.countDown();
                        await(bothHaveRead);
                        commitments.reviseCommitment(
                                council.id(), commitmentId, version, jobs(council, target), council.officer());
                    });
                    return "won";
                } catch (ObjectOptimisticLockingFailureException e) {
                    return "conflict";
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("won", "conflict");
        var history = transactions.execute(s -> audit.historyOf(council.id(), AuditedEntity.COMMITMENT, commitmentId));
        assertThat(history).extracting(e -> e.action()).containsExactly("CREATED", "UPDATED");
        CommitmentView after = commitments.commitment(council.id(), commitmentId);
        assertThat(after.version()).isEqualTo(1);
        assertThat(history.get(1).changes())
                .contains("\"to\": \""
                        + after.targetQuantity().stripTrailingZeros().toPlainString());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The other transaction never read");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CommitmentTerms jobs(TestCouncil council, String target) {
        return council.commitment("JOBS", "EMP")
                .target(target)
                .due(LocalDate.of(2028, 3, 31))
                .build();
    }

    private static ContractDetails details() {
        return aContract("CON-1")
                .titled("Care at home")
                .worth("400000.00")
                .running(LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31))
                .build();
    }
}
