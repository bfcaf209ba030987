package org.svtracker.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.svtracker.domain.evidence.EvidenceLimits;

/**
 * An upload so large that the server would not read it (over the container's limit, set a little
 * above the 25 MB the service allows, so that smaller excesses get their message on the form
 * itself). The request was never read, so the form cannot be shown again; this page says what
 * happened and leads back. The one handler of this exception for pages (the API answers its own):
 * the commitments template upload goes back to its form with its own message; any other upload gets
 * this page.
 */
@ControllerAdvice
record PortalUploadAdvice(EvidenceLimits limits) {

    private static final Pattern COMMITMENTS_UPLOAD = Pattern.compile("/contracts/(\\d+)/commitments/upload");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher commitmentsUpload = COMMITMENTS_UPLOAD.matcher(path);
        if (commitmentsUpload.matches()) {
            return "redirect:/contracts/" + commitmentsUpload.group(1) + "/commitments/upload?tooLarge=true";
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        model.addAttribute("back", path.startsWith("/portal/") ? path : "/");
        model.addAttribute("maxFileMegabytes", limits.maxFileBytes() / EvidenceLimits.MEGABYTE);
        model.addAttribute("maxUploadMegabytes", limits.maxUploadBytes() / EvidenceLimits.MEGABYTE);
        return "portal/upload-too-large";
    }
}
