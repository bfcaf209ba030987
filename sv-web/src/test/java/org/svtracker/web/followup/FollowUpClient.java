package org.svtracker.web.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.progress.CommitmentProgress;
import org.svtracker.domain.progress.Progress;

/** Requests as demo users, and the demo records the follow-up tests start from. */
final class FollowUpClient {

    private final MockMvcTester mvc;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final Progress progress;

    FollowUpClient(MockMvcTester mvc, UserDetailsService users, JdbcClient jdbc, Progress progress) {
        this.mvc = mvc;
        this.users = users;
        this.jdbc = jdbc;
        this.progress = progress;
    }

    MvcTestResult get(String uri, String username) {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
    }

    Document page(String uri, String username) throws Exception {
        MvcTestResult result = get(uri, username);
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    MvcTestResult post(String uri, String username, Map<String, String> fields) {
        var request = mvc.post()
                .uri(uri)
                .with(user(users.loadUserByUsername(username)))
                .with(csrf());
        fields.forEach((name, value) -> request.param(name, value));
        return request.exchange();
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    long councilId(String slug) {
        return jdbc.sql("select id from council where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    long count(String table, String slug) {
        return jdbc.sql("select count(*) from " + table + " t join council c on c.id = t.council_id where c.slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    /** A commitment of a live contract of the council at this RAG today. */
    CommitmentProgress commitmentAt(String slug, RagStatus rag) {
        long councilId = councilId(slug);
        return progress.contractsOf(councilId, LocalDate.now()).stream()
                .filter(c -> contractStatus(councilId, c.contractId()).equals("LIVE"))
                .flatMap(c -> c.commitments().stream())
                .filter(c -> c.rag() == rag)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + rag + " commitment in " + slug));
    }

    private String contractStatus(long councilId, long contractId) {
        return jdbc.sql("select status from contract where id = ? and council_id = ?")
                .params(contractId, councilId)
                .query(String.class)
                .single();
    }

    /** An open outcome of the council's framework. */
    long outcomeId(String slug) {
        return jdbc.sql("""
                        select o.id from outcome o join council c on c.id = o.council_id
                        where c.slug = ? and not o.retired order by o.id limit 1
                        """).param(slug).query(Long.class).single();
    }

    long liveContract(String slug) {
        return jdbc.sql("""
                        select k.id from contract k join council c on c.id = k.council_id
                        where c.slug = ? and k.status = 'LIVE' and k.reference ~ '^[A-Z]{3}-[0-9]{4}-[0-9]{3}$'
                        order by k.reference limit 1
                        """).param(slug).query(Long.class).single();
    }

    static String formToken(Document page) {
        String token = page.select("input[name=formToken]").attr("value");
        assertThat(token).isNotBlank();
        return token;
    }
}
