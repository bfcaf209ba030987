package org.svtracker.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain on its own, for the domain's integration tests. */
@SpringBootApplication
public class DomainTestApplication {}
