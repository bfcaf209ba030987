package org.svtracker.domain.mail;

import java.time.OffsetDateTime;

/** A mail as the demo outbox keeps it. */
public record OutboxMessage(long id, String recipient, String subject, String body, OffsetDateTime createdAt) {}
