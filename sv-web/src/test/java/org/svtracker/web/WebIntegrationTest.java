package org.svtracker.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.svtracker.domain.testing.DomainFixtures;
import org.svtracker.domain.testing.QueryCounter;
import org.svtracker.domain.testing.TestDatabaseConfiguration;

/**
 * The whole application through MockMvc, on the test database with the demo data seeded. Every
 * class with this annotation shares one Spring context and so one database: tests that change data
 * use users and records of their own. Mail goes to the one {@link TestMailServer} of the JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"sv.embedded-database.enabled=false", "sv.demo.enabled=true"})
@AutoConfigureMockMvc
@Import({TestDatabaseConfiguration.class, QueryCounter.class, DomainFixtures.class})
@ContextConfiguration(initializers = TestMailServer.class)
public @interface WebIntegrationTest {}
