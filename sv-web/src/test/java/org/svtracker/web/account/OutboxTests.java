package org.svtracker.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.ui.ExtendedModelMap;
import org.svtracker.domain.mail.Mailer;
import org.svtracker.web.TestMailServer;
import org.svtracker.web.WebIntegrationTest;
import org.svtracker.web.demo.DemoMode;
import org.svtracker.web.errors.PageNotFound;

@WebIntegrationTest
class OutboxTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Mailer mailer;

    @Test
    @WithUserDetails("platform.admin")
    void inDemoModeThePlatformAdminReadsEveryMailAndFollowsItsLink() throws Exception {
        String email = AccountFixtures.freshEmail("outbox");
        mvc.post()
                .uri("/password-reset")
                .param("email", "platform.admin@demo.invalid")
                .with(csrf())
                .exchange();
        TestMailServer.awaitMailTo("platform.admin@demo.invalid", 1);

        Document outbox = page(mvc.get().uri("/outbox").exchange());
        assertThat(outbox.select("h1").text()).isEqualTo("Outbox");
        var row = outbox.select("#outbox tbody tr:contains(platform.admin@demo.invalid)")
                .first();
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("Reset your Social Value Tracker password");

        Document message = page(mvc.get().uri(row.select("a").attr("href")).exchange());
        assertThat(message.select("#mail-body").text()).contains("Dear Sam Patel");
        assertThat(message.select("#mail-link").attr("href")).contains("/password-reset/");
        assertThat(email).isNotEmpty();
    }

    @Test
    @WithUserDetails("platform.admin")
    void anUnknownMailIsNotFound() {
        assertThat(mvc.get().uri("/outbox/999999999").exchange()).hasStatus(404);
    }

    @Test
    @WithUserDetails("admin.surrey")
    void onlyThePlatformAdminReadsTheOutbox() {
        assertThat(mvc.get().uri("/outbox").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/outbox/1").exchange()).hasStatus(403);
    }

    @Test
    @WithUserDetails("supplier.greenway-facilities")
    void suppliersCannotReadTheOutbox() {
        assertThat(mvc.get().uri("/outbox").exchange()).hasStatus(403);
    }

    @Test
    void outsideDemoModeTheOutboxDoesNotExist() {
        var controller = new OutboxController(new DemoMode(false), mailer);

        assertThatThrownBy(() -> controller.outbox(new ExtendedModelMap())).isInstanceOf(PageNotFound.class);
        assertThatThrownBy(() -> controller.message(1, new ExtendedModelMap())).isInstanceOf(PageNotFound.class);
    }

    private static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
