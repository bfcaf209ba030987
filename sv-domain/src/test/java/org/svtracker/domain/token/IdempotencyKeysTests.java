package org.svtracker.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.svtracker.domain.DomainTestApplication;
import org.svtracker.domain.account.Accounts;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.supplier.NewSupplier;
import org.svtracker.domain.supplier.SupplierSize;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.domain.testing.TestDatabaseConfiguration;

/** An API write sent twice with one Idempotency-Key runs once; another body with the key is refused. */
@SpringBootTest(classes = DomainTestApplication.class)
@Import(TestDatabaseConfiguration.class)
class IdempotencyKeysTests {

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    Accounts accounts;

    @Autowired
    Suppliers suppliers;

    long userId;
    long supplierId;

    @BeforeEach
    void aSupplierUser() {
        String name = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        supplierId = suppliers.registerSupplier(
                new NewSupplier(null, "Idempotent " + name, null, SupplierSize.SMALL, false, "OX1 1AA"),
                Actor.system("test"));
        userId = accounts.createSupplierUser(name, name, null, "a long enough password", supplierId);
    }

    @Test
    void twoRequestsWithTheSameKeyAndBodyAtOnceWriteOnceAndBothGetTheFirstResponse() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        CountDownLatch bothSent = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<StoredResponse>> results = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            results.add(pool.submit(() -> {
                bothSent.countDown();
                bothSent.await(10, TimeUnit.SECONDS);
                return keys.once(userId, supplierId, "key-1", body("{\"a\":1}"), () -> {
                    sleep(300);
                    return StoredResponse.of(201, "{\"id\":" + writes.incrementAndGet() + "}");
                });
            }));
        }
        List<StoredResponse> answers = new ArrayList<>();
        for (Future<StoredResponse> result : results) {
            answers.add(result.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(writes).hasValue(1);
        assertThat(answers).extracting(StoredResponse::body).containsExactly("{\"id\":1}", "{\"id\":1}");
        assertThat(answers).extracting(StoredResponse::replayed).containsExactlyInAnyOrder(false, true);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        keys.once(userId, supplierId, "key-2", body("{\"a\":1}"), () -> StoredResponse.of(201, "{}"));

        assertThatThrownBy(() ->
                        keys.once(userId, supplierId, "key-2", body("{\"a\":2}"), () -> StoredResponse.of(201, "{}")))
                .isInstanceOf(IdempotencyKeyReused.class);
    }

    @Test
    void aFailedWriteLeavesTheKeyFree() {
        assertThatThrownBy(() -> keys.once(userId, supplierId, "key-3", body("{}"), () -> {
                    throw new IllegalArgumentException("refused");
                }))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(keys.once(userId, supplierId, "key-3", body("{\"b\":1}"), () -> StoredResponse.of(201, "ok"))
                        .replayed())
                .isFalse();
    }

    private static byte[] body(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
