package org.svtracker.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.web.WebIntegrationTest;

@WebIntegrationTest
class ErrorPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aFailureShowsGenericWordsAndAReferenceButNeverTheException() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                .requestAttr(
                        RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail from deep inside"))
                .accept(org.springframework.http.MediaType.TEXT_HTML)
                .exchange();

        assertThat(result).hasStatus(500);
        String html = result.getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.select("#correlation-id").text()).matches("[0-9a-f]{12}");
        assertThat(result.getResponse().getHeader("X-Correlation-Id"))
                .isEqualTo(page.select("#correlation-id").text());
        assertThat(html)
                .doesNotContain("secret detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void errorsAskedForAsJsonCarryNoExceptionEither() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
                .accept(org.springframework.http.MediaType.APPLICATION_JSON)
                .exchange();

        assertThat(result.getResponse().getContentAsString())
                .contains("correlationId")
                .doesNotContain("secret detail")
                .doesNotContain("trace")
                .doesNotContain("exception");
    }

    @Test
    void aMissingFileIsPageNotFound() throws Exception {
        MvcTestResult result = mvc.get().uri("/assets/no-such-file.png").exchange();

        assertThat(result).hasStatus(404);
        // MockMvc does not forward to /error as a servlet container does, so render that step here.
        MvcTestResult page = mvc.get()
                .uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .accept(org.springframework.http.MediaType.TEXT_HTML)
                .exchange();
        assertThat(Jsoup.parse(page.getResponse().getContentAsString())
                        .select("h1")
                        .text())
                .isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("councillor.surrey")
    void aSignedInUserAskingForARouteNobodyMayUseIsRefused() throws Exception {
        assertThat(mvc.get().uri("/no/such/route")).hasStatus(403);

        MvcTestResult page = mvc.get()
                .uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .accept(org.springframework.http.MediaType.TEXT_HTML)
                .exchange();
        assertThat(Jsoup.parse(page.getResponse().getContentAsString())
                        .select("h1")
                        .text())
                .isEqualTo("You cannot view this page");
    }
}
