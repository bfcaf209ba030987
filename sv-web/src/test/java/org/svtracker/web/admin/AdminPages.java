package org.svtracker.web.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.testing.DomainFixtures;

/**
 * The council admin pages as the tests drive them: requests as a demo or test user, the page parsed,
 * and councils of the tests' own (so that changing them disturbs no other test).
 */
final class AdminPages {

    static final Actor SYSTEM = Actor.system("council admin tests");

    static final String LIBRARY = """
            code,name,unit,unit_guidance,kind,outcome_codes,financial_year,proxy_value,proxy_source,proxy_licence
            JOBS,Local jobs,FTE,Full-time equivalents,valued,EMP;SKL,2024/25,24000.00,Council TOMs licence,Licensed to the council
            JOBS,Local jobs,FTE,Full-time equivalents,valued,EMP;SKL,2025/26,25000.00,Council TOMs licence,Licensed to the council
            VOL,Volunteering,hours,Hours given,valued,COM,2025/26,16.93,"Illustrative demo value, not for real reporting","Illustrative: demo data, CC0"
            VISITS,School visits,number,Visits made,counted,SKL,,,,
            STORY,Community story,,,narrative,COM,,,,
            """;

    private static final AtomicInteger COUNCILS = new AtomicInteger();

    private final MockMvcTester mvc;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final ApplicationContext context;

    AdminPages(ApplicationContext context) {
        this.context = context;
        this.mvc = context.getBean(MockMvcTester.class);
        this.users = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** A council of the test's own, with a framework of two themes, a small library and its admin. */
    TestCouncil council() {
        String slug = "admin-test-" + ProcessHandle.current().pid() + "-" + COUNCILS.incrementAndGet();
        DomainFixtures.TestCouncil council = context.getBean(DomainFixtures.class)
                .council(slug, LIBRARY, Role.COUNCIL_ADMIN, Role.PROCUREMENT_OFFICER);
        return new TestCouncil(
                council.id(),
                slug,
                council.username(Role.COUNCIL_ADMIN),
                council.editionId(),
                council.themes(),
                council.outcomes(),
                council.measures());
    }

    record TestCouncil(
            long id,
            String slug,
            String admin,
            long editionId,
            Map<String, Long> themes,
            Map<String, Long> outcomes,
            Map<String, Long> measures) {}

    MvcTestResult get(String uri, String username) {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
    }

    /** A form post with the CSRF token, the parameters given as name, value, name, value... */
    MvcTestResult post(String uri, String username, String... params) {
        var request = mvc.post()
                .uri(uri)
                .with(user(users.loadUserByUsername(username)))
                .with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    /** A file upload with the CSRF token and the form's other fields as name, value... */
    MvcTestResult upload(String uri, String username, byte[] file, String... params) {
        var request = mvc.post()
                .uri(uri)
                .multipart()
                .file(new org.springframework.mock.web.MockMultipartFile("file", "library.csv", "text/csv", file))
                .with(user(users.loadUserByUsername(username)))
                .with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    /** A page as it shows after a redirect that carried flash attributes. */
    Document mvcWithFlash(String uri, String username, Map<String, Object> flash) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .flashAttrs(flash)
                .with(user(users.loadUserByUsername(username)))
                .exchange();
        org.assertj.core.api.Assertions.assertThat(result).hasStatusOk();
        return parse(result);
    }

    /** The one-time token of the create form at this address. */
    String formToken(String uri, String username) {
        return page(uri, username).select("input[name=formToken]").val();
    }

    Document page(String uri, String username) {
        MvcTestResult result = get(uri, username);
        org.assertj.core.api.Assertions.assertThat(result).hasStatusOk();
        return parse(result);
    }

    static Document parse(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    long councilId(String slug) {
        return jdbc.sql("select id from council where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    long auditCount(long councilId, String entityType, long entityId) {
        return jdbc.sql("select count(*) from audit_event where council_id = ? and entity_type = ? and entity_id = ?")
                .params(councilId, entityType, entityId)
                .query(Long.class)
                .single();
    }

    JdbcClient jdbc() {
        return jdbc;
    }
}
