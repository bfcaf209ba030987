package org.svtracker.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.domain.token.AccessTokens;
import org.svtracker.web.WebIntegrationTest;
import org.svtracker.web.api.ApiFixtures.LiveContract;
import org.svtracker.web.api.ApiFixtures.World;

/**
 * The JSON API with personal access tokens: who gets in, what a supplier may send and read, retries
 * with an Idempotency-Key, and errors as problem details. Runs on a council of its own.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTests {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Returns deliveries;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService users;

    @Autowired
    QueryCounter queries;

    ApiFixtures fixtures;
    World world;
    LiveContract alphaContract;
    LiveContract betaContract;
    String alphaToken;
    String betaToken;
    String managerToken;

    @BeforeAll
    void aCouncilWithTwoSuppliers() {
        fixtures = new ApiFixtures(context);
        world = fixtures.world();
        alphaContract = fixtures.liveContract(world, world.supplierA());
        betaContract = fixtures.liveContract(world, world.supplierB());
        alphaToken = fixtures.token(world.alphaUser());
        betaToken = fixtures.token(world.betaUser());
        managerToken = fixtures.token(world.managerId());
    }

    // Authentication

    @Test
    void aRequestWithoutATokenIsRefusedWith401AndABearerChallenge() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/contracts").exchange();

        assertProblem(result, 401);
        assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void aMalformedOrUnknownTokenIsRefusedWith401() throws Exception {
        for (String header : new String[] {
            "Bearer not-a-token",
            "Basic dXNlcjpwYXNz",
            "Bearer",
            "Bearer svt_" + "A".repeat(43),
            "Bearer " + alphaToken + "x"
        }) {
            MvcTestResult result = mvc.get()
                    .uri("/api/v1/contracts")
                    .header(HttpHeaders.AUTHORIZATION, header)
                    .exchange();
            assertProblem(result, 401);
            assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE))
                    .as(header)
                    .contains("invalid_token");
        }
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = fixtures.token(world.alphaUser());
        assertThat(get("/api/v1/contracts", token)).hasStatusOk();

        jdbc.sql("""
                        update api_token set created_at = now() - interval '40 days', expires_at = now() - interval '10 days'
                        where token_hash = ?
                        """).param(AccessTokens.hash(token)).update();

        assertProblem(get("/api/v1/contracts", token), 401);
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String token = fixtures.token(world.alphaUser());
        long id = tokens.tokensOf(world.alphaUser()).get(0).id();
        assertThat(get("/api/v1/contracts", token)).hasStatusOk();

        tokens.revoke(world.alphaUser(), id, Actor.system("test"));

        assertProblem(get("/api/v1/contracts", token), 401);
    }

    @Test
    void aDisabledUsersTokensStopWorking() throws Exception {
        World other = fixtures.world();
        String token = fixtures.token(other.alphaUser());
        assertThat(get("/api/v1/contracts", token)).hasStatusOk();

        jdbc.sql("update user_account set enabled = false where id = ?")
                .param(other.alphaUser())
                .update();

        assertProblem(get("/api/v1/contracts", token), 401);
    }

    @Test
    void aTokenRequestNeedsNoCsrfTokenAndOpensNoSession() throws Exception {
        MvcTestResult result = sendReturn(
                alphaToken, UUID.randomUUID().toString(), returnBody(alphaContract.visits(), "Q1 2024/25", "2", true));

        assertThat(result).hasStatus(201);
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aReadOnlyCouncilStaffTokenIsRefusedAnyWriteAndNothingIsCreated() throws Exception {
        long before = returnsOf(alphaContract.visits());

        MvcTestResult result = sendReturn(
                managerToken,
                UUID.randomUUID().toString(),
                returnBody(alphaContract.visits(), "Q2 2024/25", "1", true));

        assertProblem(result, 403);
        assertThat(result.getResponse().getContentAsString()).contains("read-only");
        assertThat(returnsOf(alphaContract.visits())).isEqualTo(before);
    }

    @Test
    void aSignedInBrowserStillReadsTheAnnualReportAndAStaffTokenDoesToo() throws Exception {
        assertThat(mvc.get()
                        .uri("/api/v1/councils/surrey/reports/2025-26")
                        .with(user(users.loadUserByUsername("councillor.surrey"))))
                .hasStatusOk();
        long surreyManager = jdbc.sql("select id from user_account where username = 'contracts.surrey'")
                .query(Long.class)
                .single();
        String surreyToken = fixtures.token(surreyManager);
        assertThat(get("/api/v1/councils/surrey/reports/2025-26", surreyToken))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_JSON);
        assertProblem(get("/api/v1/councils/oxfordshire/reports/2025-26", surreyToken), 404);
        assertProblem(get("/api/v1/councils/surrey/reports/2025-26", alphaToken), 403);
    }

    // Contracts

    @Test
    void aSupplierListsItsOwnContractsWithTheirCommitmentsAndNoOneElses() throws Exception {
        MvcTestResult result = get("/api/v1/contracts", alphaToken);

        assertThat(result).hasStatusOk();
        String body = result.getResponse().getContentAsString();
        assertThat(body).contains(alphaContract.reference()).doesNotContain(betaContract.reference());
        assertThat(result)
                .bodyJson()
                .extractingPath("$.contracts[?(@.reference == '" + alphaContract.reference() + "')].commitments[*].id")
                .asArray()
                .containsExactlyInAnyOrder(
                        (int) alphaContract.volunteering(), (int) alphaContract.visits(), (int) alphaContract.story());
        assertThat(result)
                .bodyJson()
                .extractingPath("$.contracts[0].council.slug")
                .isEqualTo(world.slug());
    }

    @Test
    void councilStaffListTheirCouncilsContracts() throws Exception {
        MvcTestResult result = get("/api/v1/contracts", managerToken);

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString())
                .contains(alphaContract.reference())
                .contains(betaContract.reference());
    }

    @Test
    void listingContractsCostsTheSameNumberOfQueriesForOneContractAsForFive() {
        World small = fixtures.world();
        fixtures.liveContract(small, small.supplierA());
        String smallToken = fixtures.token(small.alphaUser());
        World large = fixtures.world();
        for (int i = 0; i < 5; i++) {
            fixtures.liveContract(large, large.supplierA());
        }
        String largeToken = fixtures.token(large.alphaUser());
        get("/api/v1/contracts", smallToken);

        long one = queries.countOf(() -> get("/api/v1/contracts", smallToken));
        long five = queries.countOf(() -> get("/api/v1/contracts", largeToken));

        assertThat(five).isEqualTo(one);
    }

    // Returns

    @Test
    void aSupplierSubmitsAReturnAndReadsItBack() throws Exception {
        MvcTestResult created = sendReturn(
                alphaToken,
                UUID.randomUUID().toString(),
                returnBody(alphaContract.volunteering(), "Q1 2024/25", "38.5", true));

        assertThat(created).hasStatus(201).hasContentType(MediaType.APPLICATION_JSON);
        long id = idOf(created);
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/returns/" + id);
        assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("SUBMITTED");

        MvcTestResult read = get("/api/v1/returns/" + id, alphaToken);
        assertThat(read).hasStatusOk();
        assertThat(read).bodyJson().extractingPath("$.period").isEqualTo("Q1 2024/25");
        assertThat(read)
                .bodyJson()
                .extractingPath("$.quantity")
                .asNumber()
                .satisfies(q -> assertThat(new BigDecimal(q.toString())).isEqualByComparingTo("38.5"));
        assertThat(get("/api/v1/returns/" + id, managerToken)).hasStatusOk();
    }

    @Test
    void aQueriedReturnShowsTheCouncilsQuestion() throws Exception {
        long id = idOf(sendReturn(
                alphaToken,
                UUID.randomUUID().toString(),
                returnBody(alphaContract.volunteering(), "Q2 2024/25", "10", true)));
        long version = deliveries.returnOfCouncil(world.councilId(), id).version();
        deliveries.queryReturn(
                world.councilId(), id, version, "Please send the timesheets", Actor.user(world.managerId(), "Manager"));

        MvcTestResult read = get("/api/v1/returns/" + id, alphaToken);

        assertThat(read).bodyJson().extractingPath("$.status").isEqualTo("QUERIED");
        assertThat(read).bodyJson().extractingPath("$.decision.outcome").isEqualTo("QUERIED");
        assertThat(read).bodyJson().extractingPath("$.queryQuestion").isEqualTo("Please send the timesheets");
    }

    @Test
    void aDraftTakesEvidenceAndIsThenSubmittedAndASecondSubmissionChangesNothing() throws Exception {
        long id = idOf(sendReturn(
                alphaToken,
                UUID.randomUUID().toString(),
                returnBody(alphaContract.volunteering(), "Q3 2024/25", "12", false)));
        assertThat(get("/api/v1/returns/" + id, alphaToken))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("DRAFT");

        MvcTestResult attached = attach(
                alphaToken,
                id,
                new MockMultipartFile(
                        "file", "../../timesheets\r\n.csv", "text/csv", "name,hours\nAda,12\n".getBytes()));

        assertThat(attached).hasStatus(201);
        assertThat(attached).bodyJson().extractingPath("$.name").isEqualTo("timesheets.csv");
        assertThat(attached).bodyJson().extractingPath("$.sizeBytes").isEqualTo(18);

        MvcTestResult submitted = submit(alphaToken, id, true, true);
        assertThat(submitted).hasStatusOk();
        assertThat(submitted).bodyJson().extractingPath("$.status").isEqualTo("SUBMITTED");
        assertThat(submitted).bodyJson().extractingPath("$.evidence[0].name").isEqualTo("timesheets.csv");
        assertThat(submit(alphaToken, id, true, true)).hasStatusOk();

        MvcTestResult late =
                attach(alphaToken, id, new MockMultipartFile("file", "more.csv", "text/csv", "a\n".getBytes()));
        assertProblem(late, 409);
        assertThat(evidenceOf(id)).isEqualTo(1);
    }

    @Test
    void aProgramRenamedPdfOrAPageRenamedPngIsRefusedFromItsContentAndNothingIsStored() throws Exception {
        long id = idOf(sendReturn(
                alphaToken,
                UUID.randomUUID().toString(),
                returnBody(alphaContract.volunteering(), "Q3 2025/26", "3", false)));

        MvcTestResult program = attach(
                alphaToken,
                id,
                new MockMultipartFile(
                        "file", "report.pdf", "application/pdf", org.svtracker.domain.testing.EvidenceSamples.exe()));
        MvcTestResult page = attach(
                alphaToken,
                id,
                new MockMultipartFile(
                        "file", "photo.png", "image/png", org.svtracker.domain.testing.EvidenceSamples.html()));

        for (MvcTestResult refused : java.util.List.of(program, page)) {
            assertProblem(refused, 422);
            assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
            assertThat(refused)
                    .bodyJson()
                    .extractingPath("$.errors[0].detail")
                    .asString()
                    .contains("must be a PDF, PNG, JPEG, DOCX, XLSX or CSV file");
        }
        assertThat(evidenceOf(id)).isZero();
    }

    @Test
    void anEmptyEvidenceFileIsRefusedWithAFieldError() throws Exception {
        long id = idOf(sendReturn(
                alphaToken,
                UUID.randomUUID().toString(),
                returnBody(alphaContract.volunteering(), "Q4 2024/25", "3", false)));

        MvcTestResult result =
                attach(alphaToken, id, new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]));

        assertProblem(result, 422);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        assertThat(evidenceOf(id)).isZero();
    }

    @Test
    void aNarrativeCommitmentTakesAReturnWithoutAQuantity() throws Exception {
        MvcTestResult result =
                sendReturn(alphaToken, UUID.randomUUID().toString(), """
                {"commitmentId": %d, "period": "Q1 2024/25", "whatWasDone": "Ran a community day", "submit": true,
                 "declarations": {"contractAndPeriod": true, "commitment": true}}
                """.formatted(alphaContract.story()));

        assertThat(result).hasStatus(201);
    }

    // Idempotency

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheSameAndCreatesOneReturn() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = returnBody(alphaContract.visits(), "Q3 2024/25", "4", true);

        MvcTestResult first = sendReturn(alphaToken, key, body);
        MvcTestResult retry = sendReturn(alphaToken, key, body);

        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(201);
        assertThat(retry.getResponse().getContentAsString())
                .isEqualTo(first.getResponse().getContentAsString());
        assertThat(retry.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo(first.getResponse().getHeader(HttpHeaders.LOCATION));
        assertThat(returnsOf(alphaContract.visits(), "2024-10-01")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedAndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(sendReturn(alphaToken, key, returnBody(alphaContract.visits(), "Q4 2024/25", "4", true)))
                .hasStatus(201);

        MvcTestResult other = sendReturn(alphaToken, key, returnBody(alphaContract.visits(), "Q1 2025/26", "5", true));

        assertProblem(other, 422);
        assertThat(other).bodyJson().extractingPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        assertThat(returnsOf(alphaContract.visits(), "2025-04-01")).isZero();
    }

    @Test
    void keysBelongToTheirUserSoAnotherUserMayUseTheSameKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String secondToken = fixtures.token(world.alphaSecondUser());
        assertThat(sendReturn(alphaToken, key, returnBody(alphaContract.visits(), "Q2 2025/26", "1", false)))
                .hasStatus(201);

        MvcTestResult other =
                sendReturn(secondToken, key, returnBody(alphaContract.visits(), "Q3 2025/26", "1", false));

        assertThat(other).hasStatus(201);
    }

    @Test
    void aFailedRequestStoresNothingSoTheCorrectedOneMayUseTheSameKey() throws Exception {
        String key = UUID.randomUUID().toString();
        assertProblem(
                sendReturn(
                        alphaToken,
                        key,
                        returnBody(alphaContract.visits(), "Q4 2025/26", "1", true)
                                .replace("\"commitment\": true", "\"commitment\": false")),
                422);

        assertThat(sendReturn(alphaToken, key, returnBody(alphaContract.visits(), "Q4 2025/26", "1", true)))
                .hasStatus(201);
    }

    // Validation and errors

    @Test
    void invalidFieldsAreListedEachWithItsMessage() throws Exception {
        MvcTestResult result = sendReturn(alphaToken, UUID.randomUUID().toString(), """
                {"period": "first quarter", "quantity": -1, "submit": true}
                """);

        assertProblem(result, 422);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("commitmentId", "period", "quantity", "whatWasDone");
        assertThat(result.getResponse().getContentAsString())
                .contains("Write the quarter like Q1 2025/26.")
                .contains("The quantity cannot be negative");
    }

    @Test
    void missingDeclarationsAQuarterNotYetStartedAndAMissingQuantityAreFieldErrors() throws Exception {
        MvcTestResult result =
                sendReturn(alphaToken, UUID.randomUUID().toString(), """
                {"commitmentId": %d, "period": "Q1 2099/00", "whatWasDone": "Work", "submit": true,
                 "declarations": {"contractAndPeriod": false, "commitment": true}}
                """.formatted(alphaContract.visits()));

        assertProblem(result, 422);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("period", "quantity", "declarations.contractAndPeriod");
    }

    @Test
    void malformedJsonIsA400AndAWrongTypeNamesTheField() throws Exception {
        assertProblem(sendReturn(alphaToken, UUID.randomUUID().toString(), "{\"commitmentId\": "), 400);

        MvcTestResult wrongType = sendReturn(alphaToken, UUID.randomUUID().toString(), "{\"commitmentId\": \"abc\"}");
        assertProblem(wrongType, 400);
        assertThat(wrongType).bodyJson().extractingPath("$.errors[0].field").isEqualTo("commitmentId");
    }

    @Test
    void aMissingIdempotencyKeyIsA400NamingTheHeader() throws Exception {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/returns")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + alphaToken)
                .contentType(MediaType.APPLICATION_JSON)
                .content(returnBody(alphaContract.visits(), "Q1 2024/25", "1", true))
                .exchange();

        assertProblem(result, 400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("Idempotency-Key");
    }

    @Test
    void aWrongMethodIsA405AndAWrongContentTypeA415AsProblems() throws Exception {
        MvcTestResult delete = mvc.delete()
                .uri("/api/v1/returns/1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + alphaToken)
                .exchange();
        assertProblem(delete, 405);
        assertThat(delete.getResponse().getHeader("Allow")).contains("GET");

        MvcTestResult text = mvc.post()
                .uri("/api/v1/returns")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + alphaToken)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.TEXT_PLAIN)
                .content("hello")
                .exchange();
        assertProblem(text, 415);
    }

    @Test
    void aNonNumericIdIsA400Problem() throws Exception {
        assertProblem(get("/api/v1/returns/abc", alphaToken), 400);
    }

    // Isolation

    @Test
    void anotherSuppliersIdsAreNotFoundAndNothingChanges() throws Exception {
        long alphaReturn = idOf(sendReturn(
                alphaToken,
                UUID.randomUUID().toString(),
                returnBody(alphaContract.volunteering(), "Q1 2025/26", "7", false)));
        long betaReturnsBefore = returnsOf(alphaContract.volunteering());

        assertProblem(get("/api/v1/returns/" + alphaReturn, betaToken), 404);
        assertProblem(
                sendReturn(
                        betaToken,
                        UUID.randomUUID().toString(),
                        returnBody(alphaContract.visits(), "Q1 2025/26", "1", true)),
                404);
        assertProblem(
                attach(betaToken, alphaReturn, new MockMultipartFile("file", "x.csv", "text/csv", "a\n".getBytes())),
                404);
        assertProblem(submit(betaToken, alphaReturn, true, true), 404);

        assertThat(returnsOf(alphaContract.volunteering())).isEqualTo(betaReturnsBefore);
        assertThat(returnsOf(alphaContract.visits(), "2025-04-01")).isZero();
        assertThat(evidenceOf(alphaReturn)).isZero();
        assertThat(deliveries
                        .returnOfSupplier(world.supplierA(), alphaReturn)
                        .status()
                        .name())
                .isEqualTo("DRAFT");
        assertThat(get("/api/v1/contracts", betaToken).getResponse().getContentAsString())
                .doesNotContain(alphaContract.reference());
    }

    @Test
    void anotherCouncilsStaffCannotReadTheReturn() throws Exception {
        long alphaReturn = idOf(sendReturn(
                alphaToken,
                UUID.randomUUID().toString(),
                returnBody(alphaContract.volunteering(), "Q2 2025/26", "7", true)));
        World other = fixtures.world();
        String otherManager = fixtures.token(other.managerId());

        assertProblem(get("/api/v1/returns/" + alphaReturn, otherManager), 404);
        assertThat(get("/api/v1/contracts", otherManager).getResponse().getContentAsString())
                .doesNotContain(alphaContract.reference());
    }

    @Test
    void theOpenApiDescriptionCoversTheEndpointsWithTheBearerScheme() throws Exception {
        String description =
                mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();

        assertThat(description)
                .contains("/api/v1/contracts")
                .contains("/api/v1/returns")
                .contains("/api/v1/returns/{id}")
                .contains("/api/v1/returns/{id}/evidence")
                .contains("/api/v1/returns/{id}/submission")
                .contains("\"scheme\":\"bearer\"")
                .contains("Idempotency-Key")
                .doesNotContain("/account/tokens");
    }

    private void assertProblem(MvcTestResult result, int status) throws Exception {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).startsWith(PROBLEM_JSON);
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("<html");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(result).bodyJson().extractingPath("$.title").isNotNull();
    }

    private MvcTestResult get(String uri, String token) {
        return mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }

    private MvcTestResult sendReturn(String token, String key, String body) {
        return mvc.post()
                .uri("/api/v1/returns")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private MvcTestResult submit(String token, long id, boolean contractAndPeriod, boolean commitment) {
        return mvc.post()
                .uri("/api/v1/returns/" + id + "/submission")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"declarations\": {\"contractAndPeriod\": %s, \"commitment\": %s}}"
                        .formatted(contractAndPeriod, commitment))
                .exchange();
    }

    private MvcTestResult attach(String token, long id, MockMultipartFile file) {
        return mvc.post()
                .uri("/api/v1/returns/" + id + "/evidence")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .multipart()
                .file(file)
                .exchange();
    }

    private static String returnBody(long commitmentId, String period, String quantity, boolean submit) {
        return """
                {"commitmentId": %d, "period": "%s", "quantity": %s, "whatWasDone": "Work done", "submit": %s,
                 "declarations": {"contractAndPeriod": true, "commitment": true}}
                """.formatted(commitmentId, period, quantity, submit);
    }

    private long idOf(MvcTestResult result) throws Exception {
        assertThat(result).hasStatus(201);
        String body = result.getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1").strip());
    }

    private long returnsOf(long commitmentId) {
        return jdbc.sql("select count(*) from delivery_return where commitment_id = ?")
                .param(commitmentId)
                .query(Long.class)
                .single();
    }

    private long returnsOf(long commitmentId, String periodStart) {
        return jdbc.sql(
                        "select count(*) from delivery_return where commitment_id = ? and period_start = cast(? as date)")
                .params(commitmentId, periodStart)
                .query(Long.class)
                .single();
    }

    private long evidenceOf(long returnId) {
        return jdbc.sql("select count(*) from evidence where return_id = ?")
                .param(returnId)
                .query(Long.class)
                .single();
    }
}
