package org.svtracker.domain.contract;

public enum ContractCategory {
    GOODS,
    SERVICES,
    WORKS
}
