package org.svtracker.domain.casestudy;

/** A contract a case study can be about: one with a supplier (awarded, live or closed). */
public record ContractChoice(long id, String reference, String title, String supplierName) {}
