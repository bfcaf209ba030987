package org.svtracker.web.layout;

/** A link in the service navigation; {@code current} marks the page the user is on. */
public record NavigationItem(String messageKey, String href, boolean current) {}
