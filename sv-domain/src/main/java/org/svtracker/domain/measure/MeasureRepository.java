package org.svtracker.domain.measure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** A council's measures are read with the council named; the shared library has no council. */
public interface MeasureRepository extends Repository<Measure, Long> {

    Measure save(Measure measure);

    Optional<Measure> findByIdAndCouncilId(long id, long councilId);

    Optional<Measure> findByCouncilIdAndCode(long councilId, String code);

    @Query("select m from Measure m where m.councilId = :councilId order by m.code")
    List<Measure> findLibrary(long councilId);

    /** The library with every measure's proxies, in one query; {@link #fetchOutcomes} completes it. */
    @Query("select distinct m from Measure m left join fetch m.proxies where m.councilId = :councilId order by m.code")
    List<Measure> findLibraryWithProxies(long councilId);

    /** Loads the outcomes of the council's measures into the measures already read, in one query. */
    @Query("select distinct m from Measure m left join fetch m.outcomes where m.councilId = :councilId")
    List<Measure> fetchOutcomes(long councilId);

    @Query("select m from Measure m where m.councilId is null and m.code = :code")
    Optional<Measure> findSharedByCode(String code);

    @Query("select m from Measure m where m.councilId is null and m.id = :id")
    Optional<Measure> findSharedById(long id);

    @Query("select m from Measure m where m.councilId is null order by m.code")
    List<Measure> findSharedLibrary();
}
