package org.svtracker.domain.token;

import org.svtracker.domain.account.SignInAccount;

/** Who a valid token speaks for, and whether it may only read. */
public record TokenHolder(long tokenId, boolean readOnly, SignInAccount account) {}
