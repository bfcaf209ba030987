package org.svtracker.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The one layout, rendered as a real page: what it shows depends on the mode the service runs in. */
class LayoutTests {

    @Test
    void theDemonstrationBannerShowsInDemoModeOnlyNeverInProduction() {
        assertThat(page(true).select("#demo-banner-title").text()).isEqualTo("Demonstration");
        assertThat(page(false).select("#demo-banner-title")).isEmpty();
        assertThat(page(false).text()).doesNotContain("Demonstration");
    }

    private static Document page(boolean demoMode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);

        var application = JakartaServletWebApplication.buildApplication(new MockServletContext());
        var exchange =
                application.buildExchange(new MockHttpServletRequest("GET", "/sign-in"), new MockHttpServletResponse());
        var context = new WebContext(exchange, Locale.UK, Map.of("demoMode", demoMode));
        String html = engine.process("error/404", context);
        assertThat(html).as("no message is missing").doesNotContain("??");
        return Jsoup.parse(html);
    }
}
