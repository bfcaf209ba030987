package org.svtracker.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.returns.Declarations;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.testing.EvidenceSamples;
import org.svtracker.domain.token.AccessTokens;
import org.svtracker.domain.token.TokenLifetime;
import org.svtracker.web.WebIntegrationTest;
import org.svtracker.web.portal.PortalFixtures.Portal;

/**
 * A return has three front doors (the supplier portal, the contract manager's form for a supplier
 * without portal access, and the JSON API) and one set of rules. Each bad return below is sent
 * through every door that can send it, and each door refuses it with the same words and keeps
 * nothing of it.
 */
@WebIntegrationTest
class OneWayToRecordAReturnTests {

    private static final Actor TEST = Actor.system("one way to record a return");

    /** An ended quarter of the contract that no return in these tests starts with. */
    private static final String FRESH_QUARTER = "Q3 2025/26";

    /** The quarter of the draft the portal edits. */
    private static final Quarter DRAFT_QUARTER = Quarter.parse("Q1 2025/26");

    /** The quarter of the return that is already with the council. */
    private static final Quarter RETURNED_QUARTER = Quarter.parse("Q2 2025/26");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    Returns returns;

    @Autowired
    AccessTokens tokens;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    Portal portal;
    long draftId;
    long returnedId;
    String token;

    /** A bad return: what is sent, and the rule that refuses it with its message arguments. */
    record BadReturn(
            String name,
            String quantity,
            String narrative,
            Declarations declarations,
            boolean executableAsPdf,
            Target target,
            String ruleKey,
            List<Object> arguments) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** What the bad return is aimed at. */
    enum Target {
        /** A new return, or the supplier's draft. */
        CONTENT,
        /** A quarter that has a return already. */
        RETURNED_QUARTER,
        /** The return of that quarter, which the council has verified. */
        VERIFIED_RETURN
    }

    static Stream<BadReturn> badReturns() {
        String long4001 = "x".repeat(4001);
        return Stream.of(
                content("a quantity of 1e12", "1e12", "return.refused.quantity.tooLarge"),
                content("a negative quantity", "-2", "return.refused.quantity.negative"),
                content("a quantity with 4 decimals", "1.2345", "return.refused.quantity.decimals"),
                new BadReturn(
                        "a narrative of 4,001 characters",
                        "1",
                        long4001,
                        Declarations.BOTH,
                        false,
                        Target.CONTENT,
                        "return.refused.narrative.tooLong",
                        List.of(4000)),
                new BadReturn(
                        "a declaration missing",
                        "1",
                        "Two posts filled",
                        new Declarations(true, false),
                        false,
                        Target.CONTENT,
                        "return.refused.declarations",
                        List.of()),
                new BadReturn(
                        "a return for a quarter already returned",
                        "1",
                        "Two posts filled",
                        Declarations.BOTH,
                        false,
                        Target.RETURNED_QUARTER,
                        "return.refused.period.alreadyReturned",
                        List.of("Local jobs", RETURNED_QUARTER.label())),
                new BadReturn(
                        "a verified return edited",
                        "9",
                        "Changed after verification",
                        Declarations.BOTH,
                        false,
                        Target.VERIFIED_RETURN,
                        "return.refused.notEditable.VERIFIED",
                        List.of()),
                new BadReturn(
                        "an .exe renamed .pdf",
                        "1",
                        "Two posts filled",
                        Declarations.BOTH,
                        true,
                        Target.CONTENT,
                        "return.refused.evidence.TYPE_NOT_ALLOWED",
                        List.of("timesheet.pdf", 0L)));
    }

    private static BadReturn content(String name, String quantity, String ruleKey) {
        return new BadReturn(
                name, quantity, "Two posts filled", Declarations.BOTH, false, Target.CONTENT, ruleKey, List.of());
    }

    @BeforeEach
    void aLiveContractWithADraftAndAVerifiedReturn() {
        portal = PortalFixtures.create(context);
        draftId = returns.startReturn(portal.supplierId(), portal.jobsCommitmentId(), DRAFT_QUARTER, null, null, TEST);
        returnedId = returns.startReturn(
                portal.supplierId(),
                portal.jobsCommitmentId(),
                RETURNED_QUARTER,
                BigDecimal.ONE,
                "One post filled",
                TEST);
        returns.submitReturn(portal.supplierId(), returnedId, 0, Declarations.BOTH, TEST);
        returns.verifyReturn(portal.councilId(), returnedId, 1, null, portal.manager());
        long supplierUser = jdbc.sql("select id from user_account where username = ?")
                .param(portal.supplierUsername())
                .query(Long.class)
                .single();
        token = tokens.issue(supplierUser, "one way test", TokenLifetime.DAYS_30, TEST)
                .token();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReturns")
    void everyFrontDoorRefusesTheSameBadReturnWithTheSameWordsAndKeepsNothing(BadReturn bad) throws Exception {
        String words = messages.getMessage(bad.ruleKey(), bad.arguments().toArray(), Locale.UK);
        State before = state();

        List<String> doors = new ArrayList<>();
        assertThat(throughThePortal(bad)).as("the portal's answer to " + bad).contains(words);
        doors.add("portal");
        if (bad.target() != Target.VERIFIED_RETURN) {
            // A contract manager records new returns only: there is no return of theirs to edit.
            assertThat(onTheSuppliersBehalf(bad))
                    .as("the on-behalf form's answer to " + bad)
                    .contains(words);
            doors.add("on behalf");
        }
        assertThat(throughTheApi(bad)).as("the API's answer to " + bad).contains(words);
        doors.add("API");

        assertThat(state())
                .as("what is kept after " + bad + " through " + doors)
                .isEqualTo(before);
    }

    /** The returns, evidence and the two returns' contents, all of which a refusal leaves as they were. */
    record State(long returns, long evidence, String draft, String returned) {}

    private State state() {
        return new State(
                jdbc.sql("select count(*) from delivery_return where commitment_id = ?")
                        .param(portal.jobsCommitmentId())
                        .query(Long.class)
                        .single(),
                jdbc.sql("""
                                select count(*) from evidence e join delivery_return r on r.id = e.return_id
                                where r.commitment_id = ?""").param(portal.jobsCommitmentId()).query(Long.class).single(),
                returns.returnOfSupplier(portal.supplierId(), draftId).toString(),
                returns.returnOfSupplier(portal.supplierId(), returnedId).toString());
    }

    /** The words the supplier reads after sending the bad return from the portal. */
    private String throughThePortal(BadReturn bad) {
        if (bad.target() == Target.RETURNED_QUARTER) {
            String newReturn = "/portal/commitments/" + portal.jobsCommitmentId() + "/returns/new";
            return errorSummary(asSupplier(post(newReturn)
                    .param("period", RETURNED_QUARTER.label())
                    .param("formToken", UUID.randomUUID().toString())));
        }
        long returnId = bad.target() == Target.VERIFIED_RETURN ? returnedId : draftId;
        MockMultipartHttpServletRequestBuilder form = multipart("/portal/returns/" + returnId + "/edit");
        form.param(
                        "version",
                        String.valueOf(returns.returnOfSupplier(portal.supplierId(), returnId)
                                .version()))
                .param("action", "submit")
                .param("quantity", bad.quantity())
                .param("narrative", bad.narrative())
                .param("declarations", declarationValues(bad.declarations()));
        if (bad.executableAsPdf()) {
            form.file(program("evidence"));
        }
        MvcTestResult sent = asSupplier(form);
        if (sent.getResponse().getStatus() == 302) {
            // Refused for where the return stands: back on the return's page, which says why.
            MvcTestResult shown = asSupplier(get(sent.getResponse().getRedirectedUrl())
                    .flashAttrs(sent.getMvcResult().getFlashMap()));
            return Jsoup.parse(body(shown))
                    .select("#refused-title + *, .govuk-notification-banner__content")
                    .text();
        }
        return errorSummary(sent);
    }

    /** The words the contract manager reads after recording the bad return for the supplier. */
    private String onTheSuppliersBehalf(BadReturn bad) {
        String quarter = bad.target() == Target.RETURNED_QUARTER ? RETURNED_QUARTER.label() : FRESH_QUARTER;
        MockMultipartHttpServletRequestBuilder form = multipart("/contracts/" + portal.contractId() + "/returns/new");
        form.param("formToken", UUID.randomUUID().toString())
                .param("commitmentId", String.valueOf(portal.jobsCommitmentId()))
                .param("period", quarter)
                .param("quantity", bad.quantity())
                .param("narrative", bad.narrative())
                .param("declarations", declarationValues(bad.declarations()));
        if (bad.executableAsPdf()) {
            form.file(program("evidence"));
        }
        return errorSummary(
                mvc.perform(form.with(csrf()).with(user(users.loadUserByUsername(portal.managerUsername())))));
    }

    /** The problem the API answers to the bad return. */
    private String throughTheApi(BadReturn bad) throws UnsupportedEncodingException {
        MvcTestResult answer;
        if (bad.target() == Target.VERIFIED_RETURN || bad.executableAsPdf()) {
            long returnId = bad.target() == Target.VERIFIED_RETURN ? returnedId : draftId;
            MockMultipartFile file = bad.executableAsPdf()
                    ? program("file")
                    : new MockMultipartFile("file", "more.pdf", "application/pdf", EvidenceSamples.pdf("More"));
            answer = mvc.perform(multipart("/api/v1/returns/" + returnId + "/evidence")
                    .file(file)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        } else {
            String quarter = bad.target() == Target.RETURNED_QUARTER ? RETURNED_QUARTER.label() : FRESH_QUARTER;
            answer = mvc.perform(post("/api/v1/returns")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"commitmentId": %d, "period": "%s", "quantity": %s, "whatWasDone": "%s", "submit": true,
                             "declarations": {"contractAndPeriod": %s, "commitment": %s}}
                            """.formatted(
                                    portal.jobsCommitmentId(),
                                    quarter,
                                    bad.quantity(),
                                    bad.narrative(),
                                    bad.declarations().contractAndPeriod(),
                                    bad.declarations().commitment())));
        }
        assertThat(answer.getResponse().getStatus())
                .as("the API's status for " + bad)
                .isIn(409, 422);
        assertThat(answer.getResponse().getContentType()).startsWith("application/problem+json");
        return answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcTestResult asSupplier(
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(portal.supplierUsername()))));
    }

    private static String errorSummary(MvcTestResult page) {
        assertThat(page.getResponse().getStatus())
                .as("a form with problems shows them")
                .isEqualTo(200);
        Document document = Jsoup.parse(body(page));
        assertThat(document.title()).startsWith("Error:");
        return document.select(".govuk-error-summary").text();
    }

    private static String[] declarationValues(Declarations declarations) {
        List<String> values = new ArrayList<>();
        if (declarations.contractAndPeriod()) {
            values.add("contractAndPeriod");
        }
        if (declarations.commitment()) {
            values.add("commitment");
        }
        return values.toArray(String[]::new);
    }

    private static MockMultipartFile program(String part) {
        return new MockMultipartFile(part, "timesheet.pdf", "application/pdf", EvidenceSamples.exe());
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
