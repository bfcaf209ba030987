package org.svtracker.web.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.svtracker.domain.evidence.EvidenceUpload;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.returns.Declarations;
import org.svtracker.domain.returns.ReturnContent;
import org.svtracker.domain.returns.ReturnProblem;
import org.svtracker.domain.returns.ReturnRules;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/**
 * A return as typed into a form (the supplier's, or the contract manager's on the supplier's
 * behalf): the quantity read as a number, the words and the declarations ticked. Reading the
 * quantity is the form's only rule; every other rule is the domain's, which the form asks for only
 * to list every problem of a form that cannot be sent yet.
 */
public record ReturnForm(BigDecimal quantity, boolean quantityUnreadable, String narrative, Declarations declared) {

    /** The values of the declaration check boxes. */
    public static final String CONTRACT_AND_PERIOD = "contractAndPeriod";

    public static final String COMMITMENT = "commitment";

    /** Reads a form; a quantity left empty (or not asked for) is no quantity. */
    public static ReturnForm of(String quantity, String narrative, List<String> declarations) {
        List<String> ticked = declarations == null ? List.of() : declarations;
        Declarations declared = new Declarations(ticked.contains(CONTRACT_AND_PERIOD), ticked.contains(COMMITMENT));
        if (Numbers.isBlank(quantity)) {
            return new ReturnForm(null, false, narrative, declared);
        }
        return Numbers.anyNumber(quantity)
                .map(number -> new ReturnForm(number, false, narrative, declared))
                .orElseGet(() -> new ReturnForm(null, true, narrative, declared));
    }

    public ReturnContent content() {
        return new ReturnContent(quantity, narrative);
    }

    public Declarations declarations() {
        return declared;
    }

    /** What the form itself cannot read. */
    public List<ErrorItem> errors() {
        return quantityUnreadable
                ? List.of(new ErrorItem(ReturnProblem.QUANTITY, "return.refused.quantity.notANumber"))
                : List.of();
    }

    /**
     * The domain's rules on what the form says so far, for a form that already has a problem of
     * its own: so the person sees every problem at once, in the order of the form.
     */
    public List<ErrorItem> ruleErrors(MeasureKind kind, boolean submitting) {
        List<ErrorItem> errors = new ArrayList<>();
        for (ReturnProblem problem : ReturnRules.problems(kind, content(), submitting ? declared : null)) {
            boolean quantityTold = quantityUnreadable && problem.field().equals(ReturnProblem.QUANTITY);
            if (!quantityTold) {
                errors.add(ErrorItem.of(problem));
            }
        }
        return errors;
    }

    /** The files chosen, as the domain takes them. */
    public static List<EvidenceUpload> uploads(List<MultipartFile> files) {
        return files.stream().map(ReturnForm::upload).toList();
    }

    private static EvidenceUpload upload(MultipartFile file) {
        try {
            return new EvidenceUpload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
