package org.svtracker.domain.progress;

import org.svtracker.domain.calendar.Quarter;

/** A finished quarter for which a live commitment has no return (a rejected one does not count). */
public record OverdueReturn(
        long commitmentId, long contractId, String contractReference, String measureName, Quarter quarter) {}
