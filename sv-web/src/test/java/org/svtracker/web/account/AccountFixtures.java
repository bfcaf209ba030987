package org.svtracker.web.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Records and look-ups the account tests share: demo councils and suppliers, fresh addresses. */
final class AccountFixtures {

    private final JdbcClient jdbc;

    AccountFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String freshEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    long councilId(String slug) {
        return jdbc.sql("select id from council where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    long supplierId(String slug) {
        return jdbc.sql("select id from supplier where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    long userId(String username) {
        return jdbc.sql("select id from user_account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    /** A supplier holding no contract with the council. */
    long supplierNotOf(String councilSlug) {
        return jdbc.sql("""
                        select s.id from supplier s where not exists (
                          select 1 from contract c join council k on k.id = c.council_id
                          where c.supplier_id = s.id and k.slug = ?)
                        order by s.id limit 1
                        """).param(councilSlug).query(Long.class).single();
    }

    int invitationsTo(String email) {
        return jdbc.sql("select count(*) from invitation where email = ?")
                .param(email)
                .query(Integer.class)
                .single();
    }

    void expireInvitationsTo(String email) {
        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where email = ?")
                .param(email)
                .update();
    }

    /** Signs in through the sign-in form, as a browser would, and returns the session. */
    static MockHttpSession signIn(MockMvcTester mvc, String username, String password) {
        MvcTestResult result = mvc.post()
                .uri("/sign-in")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .exchange();
        if (!"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("Sign-in failed for " + username + ": "
                    + result.getResponse().getRedirectedUrl());
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
