package org.svtracker.web.followup;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.svtracker.domain.beyond.ActivityNotFound;
import org.svtracker.domain.casestudy.CaseStudyNotFound;
import org.svtracker.domain.remedy.RemedyNotFound;

/** A recovery plan, case study or activity of another council is the same page not found as one that never was. */
@ControllerAdvice(basePackageClasses = FollowUpNotFoundAdvice.class)
class FollowUpNotFoundAdvice {

    @ExceptionHandler({RemedyNotFound.class, CaseStudyNotFound.class, ActivityNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
