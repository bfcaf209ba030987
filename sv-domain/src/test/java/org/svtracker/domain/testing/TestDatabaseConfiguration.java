package org.svtracker.domain.testing;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Import into a test to run it on the database {@link TestDatabase} chose. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    JdbcConnectionDetails testDatabase() {
        return TestDatabase.newDatabase();
    }
}
