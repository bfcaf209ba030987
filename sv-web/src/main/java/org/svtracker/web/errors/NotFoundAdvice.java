package org.svtracker.web.errors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.svtracker.domain.commitment.CommitmentNotFound;
import org.svtracker.domain.contract.ContractNotFound;
import org.svtracker.domain.council.CouncilNotFound;
import org.svtracker.domain.evidence.EvidenceNotFound;
import org.svtracker.domain.framework.FrameworkNotFound;
import org.svtracker.domain.measure.MeasureNotFound;
import org.svtracker.domain.returns.ReturnNotFound;

/**
 * Every "not found" of the domain is the same page not found, and so is another council's or
 * supplier's id: the domain's queries cannot tell the two apart, and neither can the user.
 */
@ControllerAdvice
class NotFoundAdvice {

    @ExceptionHandler({
        CouncilNotFound.class,
        ContractNotFound.class,
        CommitmentNotFound.class,
        ReturnNotFound.class,
        EvidenceNotFound.class,
        MeasureNotFound.class,
        FrameworkNotFound.class,
        PageNotFound.class
    })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
