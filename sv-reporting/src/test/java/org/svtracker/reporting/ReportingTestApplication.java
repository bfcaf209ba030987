package org.svtracker.reporting;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain and the reporting module together, for the reporting module's tests. */
@SpringBootApplication(scanBasePackages = {"org.svtracker.domain", "org.svtracker.reporting"})
public class ReportingTestApplication {}
