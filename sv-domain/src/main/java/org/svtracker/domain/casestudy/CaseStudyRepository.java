package org.svtracker.domain.casestudy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CaseStudyRepository extends Repository<CaseStudy, Long> {

    CaseStudy save(CaseStudy caseStudy);

    Optional<CaseStudy> findByIdAndCouncilId(long id, long councilId);

    List<CaseStudy> findByCouncilIdOrderByIdDesc(long councilId);

    List<CaseStudy> findByCouncilIdAndStatusOrderByPublishedAtDesc(long councilId, CaseStudy.Status status);
}
