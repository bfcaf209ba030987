package org.svtracker.domain.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.svtracker.domain.DomainTestApplication;
import org.svtracker.domain.testing.TestDatabaseConfiguration;

/** A create form sent twice (a double click, a resent request) creates one record. */
@SpringBootTest(classes = DomainTestApplication.class)
@Import(TestDatabaseConfiguration.class)
class FormSubmissionsTests {

    @Autowired
    FormSubmissions submissions;

    @Test
    void twoSubmissionsOfTheSameFormAtOnceCreateOnceAndBothGetTheFirstResult() throws Exception {
        String token = FormSubmissions.newToken();
        AtomicInteger created = new AtomicInteger();
        CountDownLatch bothSent = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int click = 0; click < 2; click++) {
            results.add(pool.submit(() -> {
                bothSent.countDown();
                bothSent.await(10, TimeUnit.SECONDS);
                return submissions.once(token, "priya", () -> {
                    sleep(300); // the second click arrives while the first is still saving
                    return "/contracts/" + created.incrementAndGet();
                });
            }));
        }
        List<String> answers = new ArrayList<>();
        for (Future<String> result : results) {
            answers.add(result.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(created).hasValue(1);
        assertThat(answers).containsExactly("/contracts/1", "/contracts/1");
    }

    @Test
    void aFormRefusedByValidationCanBeSentAgainWithTheSameToken() {
        String token = FormSubmissions.newToken();

        assertThatThrownBy(() -> submissions.once(token, "priya", () -> {
                    throw new IllegalArgumentException("value must be positive");
                }))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(submissions.once(token, "priya", () -> "/contracts/7")).isEqualTo("/contracts/7");
        assertThat(submissions.once(token, "priya", () -> "/contracts/8")).isEqualTo("/contracts/7");
    }

    @Test
    void anotherUsersTokenOrAMissingOrMalformedTokenCreatesNothing() {
        String token = FormSubmissions.newToken();
        submissions.once(token, "priya", () -> "/contracts/9");
        AtomicInteger created = new AtomicInteger();

        assertThatThrownBy(() -> submissions.once(token, "chris", () -> "/x" + created.incrementAndGet()))
                .isInstanceOf(FormTokenRefused.class);
        assertThatThrownBy(() -> submissions.once(null, "chris", () -> "/x" + created.incrementAndGet()))
                .isInstanceOf(FormTokenRefused.class);
        assertThatThrownBy(() -> submissions.once("not-a-token", "chris", () -> "/x" + created.incrementAndGet()))
                .isInstanceOf(FormTokenRefused.class);
        assertThat(created).hasValue(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
