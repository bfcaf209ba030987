package org.svtracker.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.web.WebIntegrationTest;

@WebIntegrationTest
class SecurityHeadersTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theContentSecurityPolicyAllowsExactlyTheInlineScriptsThePageHasByTheirHash() throws Exception {
        MvcTestResult result = mvc.get().uri("/sign-in").exchange();
        String policy = result.getResponse().getHeader("Content-Security-Policy");
        Document page = Jsoup.parse(result.getResponse().getContentAsString());

        var inlineScripts = page.select("script:not([src])");
        assertThat(inlineScripts).hasSize(1);
        for (Element script : inlineScripts) {
            assertThat(policy).contains("'sha256-" + sha256(script.data()) + "'");
        }
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(policy).contains("frame-ancestors 'none'").contains("default-src 'self'");
    }

    @Test
    void pagesCarryTheProtectiveHeaders() {
        MvcTestResult result = mvc.get().uri("/sign-in").exchange();

        assertThat(result).headers().hasValue("X-Content-Type-Options", "nosniff");
        assertThat(result).headers().hasValue("Referrer-Policy", "same-origin");
        assertThat(result).headers().hasValue("X-Frame-Options", "DENY");
    }

    @Test
    void everyFormCarriesACsrfToken() throws Exception {
        Document page =
                Jsoup.parse(mvc.get().uri("/sign-in").exchange().getResponse().getContentAsString());

        assertThat(page.select("form[method=post]"))
                .isNotEmpty()
                .allSatisfy(form ->
                        assertThat(form.select("input[name=_csrf]").val()).isNotBlank());
    }

    private static String sha256(String text) throws Exception {
        return Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
