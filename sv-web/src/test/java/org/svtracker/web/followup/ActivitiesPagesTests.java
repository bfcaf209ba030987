package org.svtracker.web.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.progress.Progress;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.web.WebIntegrationTest;

/** Beyond-procurement activities: recording, editing, quantity or narrative, who may, and another council's ids. */
@WebIntegrationTest
class ActivitiesPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Progress progress;

    @Autowired
    QueryCounter queries;

    FollowUpClient client;

    @BeforeEach
    void client() {
        client = new FollowUpClient(mvc, users, jdbc, progress);
    }

    @Test
    void aContractManagerRecordsAGrantWithItsQuantityAndItAppearsInTheReportOfItsYear() throws Exception {
        String token = FollowUpClient.formToken(client.page("/activities/new", "contracts.warwickshire"));

        MvcTestResult recorded =
                client.post("/activities/new", "contracts.warwickshire", activity("warwickshire", token));

        assertThat(recorded).hasRedirectedUrl("/activities");
        Document list = client.page("/activities", "contracts.warwickshire");
        assertThat(list.select(".app-activities tbody tr").eachText())
                .anySatisfy(row -> assertThat(row)
                        .contains("Warm spaces grants")
                        .contains("Grant")
                        .contains("2025/26")
                        .contains("14 number"));
        assertThat(client.page("/reports/warwickshire/2025-26", "councillor.warwickshire")
                        .select("#beyond ~ table")
                        .text())
                .contains("Warm spaces grants");
    }

    @Test
    void anActivityInWordsOnlyIsRecordedAndOneWithNeitherQuantityNorWordsIsRefused() throws Exception {
        String token = FollowUpClient.formToken(client.page("/activities/new", "contracts.surrey"));
        long before = client.count("beyond_procurement_activity", "surrey");
        Map<String, String> nothing = activity("surrey", token);
        nothing.put("quantity", "");
        nothing.put("unit", "");
        nothing.put("description", "");
        nothing.put("activityDate.month", "13");

        Document refused = FollowUpClient.html(client.post("/activities/new", "contracts.surrey", nothing));
        assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#description", "#activityDate");
        assertThat(refused.select("#activityDate-month").attr("value")).isEqualTo("13");

        Map<String, String> badQuantity = activity("surrey", token);
        badQuantity.put("quantity", "twelve");
        badQuantity.put("unit", "");
        assertThat(FollowUpClient.html(client.post("/activities/new", "contracts.surrey", badQuantity))
                        .select(".govuk-error-summary a")
                        .eachAttr("href"))
                .containsExactly("#quantity", "#unit");
        assertThat(client.count("beyond_procurement_activity", "surrey")).isEqualTo(before);

        Map<String, String> words = activity("surrey", token);
        words.put("quantity", "");
        words.put("unit", "");
        words.put("description", "Council rooms lent to a youth club every Friday");
        assertThat(client.post("/activities/new", "contracts.surrey", words)).hasRedirectedUrl("/activities");
        assertThat(client.count("beyond_procurement_activity", "surrey")).isEqualTo(before + 1);
    }

    @Test
    void aDoubleClickRecordsOneActivity() throws Exception {
        String token = FollowUpClient.formToken(client.page("/activities/new", "contracts.leicestershire"));
        long before = client.count("beyond_procurement_activity", "leicestershire");

        client.post("/activities/new", "contracts.leicestershire", activity("leicestershire", token));
        client.post("/activities/new", "contracts.leicestershire", activity("leicestershire", token));

        assertThat(client.count("beyond_procurement_activity", "leicestershire"))
                .isEqualTo(before + 1);
    }

    @Test
    void anEditSavesAndAStaleEditShowsTheCurrentActivityAndOverwritesNothing() throws Exception {
        long id = record("southend", "Youth club in the Civic Centre");
        String editPath = "/activities/" + id + "/edit";
        Document edit = client.page(editPath, "contracts.southend");
        assertThat(edit.select("#title").attr("value")).isEqualTo("Youth club in the Civic Centre");
        assertThat(edit.select("input[name=kind][checked]").attr("value")).isEqualTo("GRANT");

        Map<String, String> change = activity("southend", null);
        change.put("version", "0");
        change.put("title", "Youth club in the Civic Centre, Fridays");
        assertThat(client.post(editPath, "contracts.southend", change)).hasRedirectedUrl("/activities");

        Map<String, String> late = activity("southend", null);
        late.put("version", "0");
        late.put("title", "Something older");
        Document stale = FollowUpClient.html(client.post(editPath, "admin.southend", late));
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this activity");
        assertThat(stale.select("#title").attr("value")).isEqualTo("Youth club in the Civic Centre, Fridays");
        assertThat(title(id)).isEqualTo("Youth club in the Civic Centre, Fridays");
    }

    @Test
    void onlyContractManagersAndAdminsRecordActivitiesAndAnotherCouncilsAreNotFound() throws Exception {
        long id = record("oxfordshire", "Allotments on county farm land");
        long before = client.count("beyond_procurement_activity", "southend");

        assertThat(client.get("/activities", "admin.oxfordshire")).hasStatusOk();
        assertThat(client.get("/activities", "councillor.oxfordshire")).hasStatus(403);
        assertThat(client.get("/activities/new", "procurement.oxfordshire")).hasStatus(403);
        assertThat(client.get("/activities", "supplier.greenway-facilities")).hasStatus(403);
        assertThat(client.get("/activities/" + id + "/edit", "contracts.southend"))
                .hasStatus(404);
        Map<String, String> foreign = activity("southend", null);
        foreign.put("version", "0");
        assertThat(client.post("/activities/" + id + "/edit", "contracts.southend", foreign))
                .hasStatus(404);
        String token = FollowUpClient.formToken(client.page("/activities/new", "contracts.southend"));
        Map<String, String> foreignOutcome = activity("southend", token);
        foreignOutcome.put("outcomeId", String.valueOf(client.outcomeId("oxfordshire")));
        assertThat(client.post("/activities/new", "contracts.southend", foreignOutcome))
                .hasStatus(404);

        assertThat(client.count("beyond_procurement_activity", "southend")).isEqualTo(before);
        assertThat(title(id)).isEqualTo("Allotments on county farm land");
    }

    @Test
    void theListCostsTheSameQueriesForFewActivitiesAsForMore() throws Exception {
        record("leicestershire", "A");
        record("leicestershire", "B");
        record("leicestershire", "C");
        long few = queries.countOf(() -> client.get("/activities", "contracts.southend"));
        long more = queries.countOf(() -> client.get("/activities", "contracts.leicestershire"));

        assertThat(more).isEqualTo(few);
    }

    private long record(String slug, String title) throws Exception {
        String token = FollowUpClient.formToken(client.page("/activities/new", "contracts." + slug));
        Map<String, String> fields = activity(slug, token);
        fields.put("title", title);
        assertThat(client.post("/activities/new", "contracts." + slug, fields)).hasStatus3xxRedirection();
        return jdbc.sql("""
                        select a.id from beyond_procurement_activity a join council c on c.id = a.council_id
                        where c.slug = ? and a.title = ? order by a.id desc limit 1
                        """).params(slug, title).query(Long.class).single();
    }

    private Map<String, String> activity(String slug, String token) {
        Map<String, String> fields = new HashMap<>();
        if (token != null) {
            fields.put("formToken", token);
        }
        fields.put("kind", "GRANT");
        fields.put("title", "Warm spaces grants");
        fields.put("description", "Grants to community centres that opened as warm spaces");
        fields.put("outcomeId", String.valueOf(client.outcomeId(slug)));
        fields.put("activityDate.day", "15");
        fields.put("activityDate.month", "1");
        fields.put("activityDate.year", "2026");
        fields.put("quantity", "14");
        fields.put("unit", "NUMBER");
        return fields;
    }

    private String title(long id) {
        return jdbc.sql("select title from beyond_procurement_activity where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
