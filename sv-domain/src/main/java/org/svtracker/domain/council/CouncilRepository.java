package org.svtracker.domain.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilRepository extends JpaRepository<Council, Long> {

    Optional<Council> findBySlug(String slug);

    List<Council> findAllByOrderByName();
}
