package org.svtracker.web.followup;

import java.util.ArrayList;
import java.util.List;
import org.svtracker.domain.casestudy.CaseStudyView;
import org.svtracker.web.layout.ErrorItem;

/** A case study as typed: title, story, the contract it is about and the outcome it served. */
record CaseStudyForm(String formToken, Long version, String title, String story, String contractId, String outcomeId) {

    static CaseStudyForm empty(String token) {
        return new CaseStudyForm(token, null, "", "", "", "");
    }

    static CaseStudyForm of(CaseStudyView view) {
        return new CaseStudyForm(
                null,
                view.version(),
                view.title(),
                view.body(),
                view.contractId() == null ? "" : view.contractId().toString(),
                view.outcomeId() == null ? "" : view.outcomeId().toString());
    }

    List<ErrorItem> problems() {
        List<ErrorItem> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new ErrorItem("title", "followUp.caseStudy.error.titleMissing"));
        } else if (title.strip().length() > 200) {
            errors.add(new ErrorItem("title", "followUp.error.tooLong", 200));
        }
        if (story == null || story.isBlank()) {
            errors.add(new ErrorItem("story", "followUp.caseStudy.error.storyMissing"));
        } else if (story.strip().length() > 10000) {
            errors.add(new ErrorItem("story", "followUp.error.tooLong", 10000));
        }
        if (Choices.id(contractId).isEmpty()) {
            errors.add(new ErrorItem("contractId", "followUp.caseStudy.error.contractMissing"));
        }
        if (Choices.id(outcomeId).isEmpty()) {
            errors.add(new ErrorItem("outcomeId", "followUp.error.outcomeMissing"));
        }
        return errors;
    }
}
