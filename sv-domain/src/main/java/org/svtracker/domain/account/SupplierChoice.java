package org.svtracker.domain.account;

/** A supplier a council's staff may invite contacts of: one holding a contract with that council. */
public record SupplierChoice(long id, String name) {}
