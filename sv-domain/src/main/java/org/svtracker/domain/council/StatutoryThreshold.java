package org.svtracker.domain.council;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The statutory procurement threshold from a date: set for the whole platform, not by a council. */
public record StatutoryThreshold(LocalDate effectiveFrom, BigDecimal amount, String description) {}
