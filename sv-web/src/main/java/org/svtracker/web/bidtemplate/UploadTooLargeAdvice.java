package org.svtracker.web.bidtemplate;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A template upload beyond the server's multipart limit never reaches the controller, which checks
 * the 2 MB limit itself; this sends it back to the form with the same message instead of an error
 * page. Uploads to other pages are left to their own handling.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    private static final Pattern UPLOAD = Pattern.compile("/contracts/(\\d+)/commitments/upload");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        Matcher upload = UPLOAD.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!upload.matches()) {
            throw exception; // Spring goes on to its own handling of the exception
        }
        return "redirect:/contracts/" + upload.group(1) + "/commitments/upload?tooLarge=true";
    }
}
