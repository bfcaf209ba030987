package org.svtracker.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.svtracker.domain.testing.TestDatabaseConfiguration;
import org.svtracker.web.TestMailServer;

/**
 * The application on a real port with the demo data, and a fresh Chromium page per test. Every
 * browser test extends this, so they share one application context and one database.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sv.embedded-database.enabled=false", "sv.demo.enabled=true"})
@Import(TestDatabaseConfiguration.class)
@ContextConfiguration(initializers = TestMailServer.class)
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    /** A failed browser test leaves a screenshot of what the browser showed, before the page closes. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            BrowserSupport.screenshot(
                    page, "failed-" + test.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openPage() {
        context = BrowserSupport.browser().newContext(new Browser.NewContextOptions().setViewportSize(1100, 900));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    void signIn(String username, String password) {
        page.navigate(url("/sign-in"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("button:has-text('Sign in')").click();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
