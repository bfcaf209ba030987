package org.svtracker.web.bidtemplate;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.svtracker.domain.commitment.template.CommitmentUploadNotFound;
import org.svtracker.domain.commitment.template.CommitmentUploads;
import org.svtracker.domain.commitment.template.CommitmentUploads.ConfirmResult;
import org.svtracker.domain.commitment.template.CommitmentUploads.UploadResult;
import org.svtracker.domain.commitment.template.CommitmentUploads.UploadView;
import org.svtracker.domain.commitment.template.CommitmentsLocked;
import org.svtracker.domain.commitment.template.TemplateProblem;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.web.errors.PageNotFound;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.security.SignedInUser;

/**
 * A contract's commitments worked offline with the bidder: the template to download, the filled-in
 * file uploaded and checked, the preview of what it adds, and the confirmation.
 */
@Controller
@RequestMapping("/contracts/{contractId}/commitments")
record BidTemplateController(CommitmentUploads uploads, Contracts contracts) {

    /** The most an uploaded template may weigh; a contract's commitments fill a few kilobytes. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    static final String FILE = "file";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long contractId, @AuthenticationPrincipal SignedInUser user) {
        ContractView contract = editableOrNotFound(user, contractId);
        return download(uploads.workbookTemplate(user.councilId(), contractId), fileName(contract, "xlsx"), XLSX);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csv(@PathVariable long contractId, @AuthenticationPrincipal SignedInUser user) {
        ContractView contract = editableOrNotFound(user, contractId);
        return download(uploads.csvTemplate(user.councilId(), contractId), fileName(contract, "csv"), CSV);
    }

    @GetMapping("/upload")
    String uploadForm(
            @PathVariable long contractId,
            @RequestParam(defaultValue = "false") boolean tooLarge,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        ContractView contract;
        try {
            contract = uploads.editableContract(user.councilId(), contractId);
        } catch (CommitmentsLocked locked) {
            return locked(user, contractId, model);
        }
        List<ErrorItem> errors =
                tooLarge ? List.of(new ErrorItem(FILE, "bidTemplate.upload.tooLarge")) : List.<ErrorItem>of();
        return form(contract, errors, errors, model);
    }

    @PostMapping("/upload")
    String upload(
            @PathVariable long contractId,
            @RequestParam(name = FILE, required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            HttpServletResponse response)
            throws IOException {
        ContractView contract;
        try {
            contract = uploads.editableContract(user.councilId(), contractId);
        } catch (CommitmentsLocked locked) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return locked(user, contractId, model);
        }
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()))) {
            List<ErrorItem> errors = List.of(new ErrorItem(FILE, "bidTemplate.upload.select"));
            return form(contract, errors, errors, model);
        }
        if (file.getSize() > MAX_BYTES) {
            List<ErrorItem> errors = List.of(new ErrorItem(FILE, "bidTemplate.upload.tooLarge"));
            return form(contract, errors, errors, model);
        }
        UploadResult result;
        try {
            result = uploads.upload(
                    user.councilId(), contractId, file.getOriginalFilename(), file.getBytes(), user.actor());
        } catch (CommitmentsLocked locked) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return locked(user, contractId, model);
        }
        if (!result.accepted()) {
            List<ErrorItem> errors = errorsOf(result.problems());
            return form(contract, errors, byTheField(errors), model);
        }
        return "redirect:/contracts/" + contractId + "/commitments/upload/" + result.uploadId();
    }

    @GetMapping("/upload/{uploadId}")
    String preview(
            @PathVariable long contractId,
            @PathVariable String uploadId,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        UploadView upload;
        try {
            upload = uploads.upload(user.councilId(), contractId, uuid(uploadId));
        } catch (CommitmentUploadNotFound e) {
            throw PageNotFound.because(e.getMessage());
        } catch (CommitmentsLocked locked) {
            return locked(user, contractId, model);
        }
        return previewPage(user, contractId, upload, upload.problems(), model);
    }

    @PostMapping("/upload/{uploadId}/confirm")
    String confirm(
            @PathVariable long contractId,
            @PathVariable String uploadId,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            HttpServletResponse response) {
        UUID id = uuid(uploadId);
        ConfirmResult result;
        try {
            result = uploads.confirm(user.councilId(), contractId, id, user.actor());
        } catch (CommitmentUploadNotFound e) {
            throw PageNotFound.because(e.getMessage());
        } catch (CommitmentsLocked locked) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return locked(user, contractId, model);
        }
        if (!result.problems().isEmpty()) {
            UploadView upload = uploads.upload(user.councilId(), contractId, id);
            return previewPage(user, contractId, upload, result.problems(), model);
        }
        return "redirect:/contracts/" + contractId + "/commitments/upload/" + id;
    }

    private String form(ContractView contract, List<ErrorItem> errors, List<ErrorItem> fieldErrors, Model model) {
        model.addAttribute("contract", contract);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("maxRows", 500);
        return "bid-template/upload";
    }

    private String previewPage(
            SignedInUser user, long contractId, UploadView upload, List<TemplateProblem> problems, Model model) {
        model.addAttribute("contract", contracts.contract(user.councilId(), contractId));
        model.addAttribute("upload", upload);
        model.addAttribute("preview", upload.preview() == null ? null : PreviewPage.of(upload.preview()));
        List<ErrorItem> errors = errorsOf(problems);
        model.addAttribute("errors", errors);
        return "bid-template/preview";
    }

    private String locked(SignedInUser user, long contractId, Model model) {
        model.addAttribute("contract", contracts.contract(user.councilId(), contractId));
        model.addAttribute("errors", List.of());
        return "bid-template/locked";
    }

    /** Each problem of the file in the error summary, linking to the file upload, whose own message counts them. */
    static List<ErrorItem> errorsOf(List<TemplateProblem> problems) {
        List<ErrorItem> errors = new ArrayList<>();
        for (TemplateProblem problem : problems) {
            if (problem.isAboutTheWholeFile()) {
                errors.add(new ErrorItem(FILE, "bidTemplate.problem.file", problem.message()));
            } else if (problem.column() == null) {
                errors.add(new ErrorItem(FILE, "bidTemplate.problem.row", problem.row(), problem.message()));
            } else {
                errors.add(new ErrorItem(
                        FILE,
                        "bidTemplate.problem.cell",
                        problem.row(),
                        problem.column().inSentence(),
                        problem.message()));
            }
        }
        return errors;
    }

    private static List<ErrorItem> byTheField(List<ErrorItem> errors) {
        return errors.size() == 1 ? errors : List.of(new ErrorItem(FILE, "bidTemplate.upload.problems", errors.size()));
    }

    private ContractView editableOrNotFound(SignedInUser user, long contractId) {
        try {
            return uploads.editableContract(user.councilId(), contractId);
        } catch (CommitmentsLocked locked) {
            throw PageNotFound.because(locked.getMessage());
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw PageNotFound.because("No upload " + text);
        }
    }

    private static String fileName(ContractView contract, String extension) {
        return "commitments-" + contract.reference().replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
