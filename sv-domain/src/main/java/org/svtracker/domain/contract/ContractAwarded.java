package org.svtracker.domain.contract;

import java.time.LocalDate;
import org.svtracker.domain.audit.Actor;

/** Published when a contract is awarded, in the same transaction: commitments freeze their proxies. */
public record ContractAwarded(long councilId, long contractId, long supplierId, LocalDate awardedOn, Actor actor) {}
