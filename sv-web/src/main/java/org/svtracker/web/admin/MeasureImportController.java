package org.svtracker.web.admin;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.framework.FrameworkView;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.domain.measure.CsvProblem;
import org.svtracker.domain.measure.MeasureImportResult;
import org.svtracker.domain.measure.MeasureLibrary;
import org.svtracker.domain.measure.MeasureLibraryCsv;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.security.SignedInUser;

/**
 * The measure library imported from a CSV file through the browser: all or nothing, every problem
 * listed by line and column, a double click imports once.
 */
@Controller
record MeasureImportController(
        MeasureLibrary library, Frameworks frameworks, FormSubmissions submissions, Clock clock) {

    /** Far more than any council's library needs (5,000 rows of a few hundred characters at most). */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    /** The error summary names this many problems; the table under it lists every one. */
    static final int SUMMARY_PROBLEMS = 10;

    @GetMapping("/admin/measures/import")
    String importForm(Model model) {
        return page(FormSubmissions.newToken(), List.of(), List.of(), model);
    }

    @PostMapping("/admin/measures/import")
    String importLibrary(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String formToken,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            return page(
                    formToken, List.of(new ErrorItem("file", "councilAdmin.import.file.missing")), List.of(), model);
        }
        if (file.getSize() > MAX_BYTES) {
            return page(
                    formToken, List.of(new ErrorItem("file", "councilAdmin.import.file.tooLarge")), List.of(), model);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            return page(
                    formToken, List.of(new ErrorItem("file", "councilAdmin.import.file.notUtf8")), List.of(), model);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (text.indexOf('\0') >= 0) {
            return page(formToken, List.of(new ErrorItem("file", "councilAdmin.import.file.notCsv")), List.of(), model);
        }
        String counts;
        try {
            counts = submissions.once(formToken, user.getUsername(), () -> {
                MeasureImportResult result = library.importLibrary(
                        user.councilId(), new StringReader(text), LocalDate.now(clock), user.actor());
                if (!result.imported()) {
                    throw new ImportRefused(result.problems());
                }
                return result.measuresCreated() + "," + result.measuresUpdated() + "," + result.proxiesSet();
            });
        } catch (ImportRefused refused) {
            return page(formToken, summary(refused.problems), refused.problems, model);
        }
        redirect.addFlashAttribute("imported", counts.split(","));
        return "redirect:/admin/measures";
    }

    /** Rolls the import and its form token back together, so the corrected file can be sent again. */
    private static final class ImportRefused extends RuntimeException {
        private final List<CsvProblem> problems;

        ImportRefused(List<CsvProblem> problems) {
            super("The measure library file has " + problems.size() + " problems", null, false, false);
            this.problems = problems;
        }
    }

    private static List<ErrorItem> summary(List<CsvProblem> problems) {
        List<ErrorItem> items = new ArrayList<>();
        for (CsvProblem problem : problems.stream().limit(SUMMARY_PROBLEMS).toList()) {
            items.add(
                    problem.column() == null
                            ? new ErrorItem(
                                    "file",
                                    "councilAdmin.import.problem.line",
                                    String.valueOf(problem.line()),
                                    problem.message())
                            : new ErrorItem(
                                    "file",
                                    "councilAdmin.import.problem.cell",
                                    String.valueOf(problem.line()),
                                    problem.column(),
                                    problem.message()));
        }
        if (problems.size() > SUMMARY_PROBLEMS) {
            items.add(new ErrorItem(
                    "problems",
                    "councilAdmin.import.problem.more",
                    String.valueOf(problems.size() - SUMMARY_PROBLEMS)));
        }
        return items;
    }

    private String page(String formToken, List<ErrorItem> errors, List<CsvProblem> problems, Model model) {
        model.addAttribute(
                "formToken", formToken == null || formToken.isBlank() ? FormSubmissions.newToken() : formToken);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "fileErrors",
                errors.isEmpty()
                        ? List.of()
                        : List.of(new ErrorItem(
                                "file",
                                problems.isEmpty() ? errors.get(0).messageKey() : "councilAdmin.import.file.problems",
                                problems.isEmpty()
                                        ? errors.get(0).arguments()
                                        : new Object[] {String.valueOf(problems.size())})));
        model.addAttribute("problems", problems);
        model.addAttribute("maxRows", MeasureLibraryCsv.MAX_ROWS);
        return "admin/import";
    }

    /** A file in the format with this council's own outcome codes, that imports as it is. */
    @GetMapping("/admin/measures/import/example.csv")
    ResponseEntity<byte[]> example(@AuthenticationPrincipal SignedInUser user) {
        FrameworkView framework = frameworks.currentFramework(user.councilId(), LocalDate.now(clock));
        List<String> codes = framework.openOutcomesByCode().keySet().stream()
                .sorted()
                .limit(2)
                .toList();
        String first = codes.isEmpty() ? "" : codes.get(0);
        String both = String.join(";", codes);
        String csv = String.join(",", MeasureLibraryCsv.COLUMNS) + "\r\n"
                + "EX-JOBS,Local people employed on the contract,FTE,\"One full-time equivalent for a year, from the"
                + " contract's local area\",valued," + both
                + ",2025/26,\"24,000.00\",\"Illustrative example value, replace with your own\",\"Illustrative: example"
                + " data, CC0\"\r\n"
                + "EX-JOBS,Local people employed on the contract,FTE,\"One full-time equivalent for a year, from the"
                + " contract's local area\",valued," + both
                + ",2026/27,24650.00,\"Illustrative example value, replace with your own\",\"Illustrative: example"
                + " data, CC0\"\r\n"
                + "EX-APPS,Apprenticeship weeks,weeks,Weeks completed on an accredited apprenticeship,counted," + first
                + ",,,,\r\n"
                + "EX-STORY,\"Support for community groups, in the supplier's words\",,,narrative," + first
                + ",,,,\r\n";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("measure-library-example.csv")
                                .build()
                                .toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
