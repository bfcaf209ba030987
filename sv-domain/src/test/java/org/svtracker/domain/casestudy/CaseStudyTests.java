package org.svtracker.domain.casestudy;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CaseStudyTests {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-05-01T10:00:00Z");

    @Test
    void aPublishedCaseStudyIsNotPublishedAgainNorADraftUnpublished() {
        CaseStudy story = new CaseStudy(1, 2L, 3L, "Apprentices", "Two apprentices started in May");

        assertThatExceptionOfType(PublicationUnchanged.class)
                .isThrownBy(story::unpublish)
                .withMessage("Only a published case study can be unpublished");
        story.publish(NOW);
        assertThatExceptionOfType(PublicationUnchanged.class)
                .isThrownBy(() -> story.publish(NOW))
                .withMessage("This case study is already published");
    }
}
