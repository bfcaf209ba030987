package org.svtracker.web.demo;

/**
 * Demo mode: the application runs on its own embedded database, seeds the demo councils and users,
 * and says so on every page. On unless a database URL is given; tests turn it on explicitly.
 */
public record DemoMode(boolean enabled) {}
