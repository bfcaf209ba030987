package org.svtracker.domain.framework;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Themes are read with their council named, like every other council data. */
interface ThemeRepository extends Repository<Theme, Long> {

    Theme save(Theme theme);

    Optional<Theme> findByIdAndCouncilId(long id, long councilId);
}
