package org.svtracker.domain.mail;

/** One plain-text email to one person. */
public record Mail(String to, String subject, String body) {}
