package org.svtracker.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.svtracker.domain.evidence.EvidenceLimits;

/**
 * An upload so large that the server would not read it (over the container's limit, set a little
 * above the 25 MB the service allows, so that smaller excesses get their message on the form
 * itself). The request was never read, so the form cannot be shown again; this page says what
 * happened and leads back.
 */
@ControllerAdvice
class PortalUploadAdvice {

    private final EvidenceLimits limits;

    PortalUploadAdvice(EvidenceLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute("back", path.startsWith("/portal/") ? path : "/");
        model.addAttribute("maxFileMegabytes", limits.maxFileBytes() / EvidenceLimits.MEGABYTE);
        model.addAttribute("maxUploadMegabytes", limits.maxUploadBytes() / EvidenceLimits.MEGABYTE);
        return "portal/upload-too-large";
    }
}
