package org.svtracker.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.TestDatabaseConfiguration;

/** The domain against real PostgreSQL; each test rolls back what it wrote. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DomainTestApplication.class)
@Import({TestDatabaseConfiguration.class, DomainFixtures.class})
@Transactional
public @interface DomainIntegrationTest {}
