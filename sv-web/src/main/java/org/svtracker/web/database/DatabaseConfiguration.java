package org.svtracker.web.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Publishes the connection details of the database mode in force; Spring Boot prefers them to properties. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(ExternalMode.class)
    static class External {

        @Bean
        JdbcConnectionDetails externalDatabase(
                @Value("${sv.db.url}") String url,
                @Value("${sv.db.user}") String user,
                @Value("${sv.db.password}") String password) {
            log.info("Using the PostgreSQL database at {}", url);
            return new ConnectionDetails(url, user, password);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedMode.class)
    static class Embedded {

        /**
         * The data directory is kept between runs, and fsync stays on so that the demo data
         * survives a crash as well as a restart. Closing the bean stops the server cleanly.
         */
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(@Value("${sv.data-dir}") Path dataDir) throws IOException {
            Path directory = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(directory);
            log.warn(
                    "DEMO MODE: no SV_DB_URL was given, so the application runs on an embedded PostgreSQL "
                            + "with its data in {}. Do not enter real data.",
                    directory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        }

        @Bean
        JdbcConnectionDetails embeddedDatabase(EmbeddedPostgres postgres) {
            return new ConnectionDetails(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        }
    }

    record ConnectionDetails(String url, String user, String password) implements JdbcConnectionDetails {
        @Override
        public String getJdbcUrl() {
            return url;
        }

        @Override
        public String getUsername() {
            return user;
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public String toString() {
            return "ConnectionDetails[" + url + "]";
        }
    }

    static final class ExternalMode extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DatabaseMode.of(context.getEnvironment()) == DatabaseMode.EXTERNAL
                    ? ConditionOutcome.match("sv.db.url is set")
                    : ConditionOutcome.noMatch("sv.db.url is not set");
        }
    }

    static final class EmbeddedMode extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DatabaseMode.of(context.getEnvironment()) == DatabaseMode.EMBEDDED
                    ? ConditionOutcome.match("no sv.db.url: embedded PostgreSQL")
                    : ConditionOutcome.noMatch("an external or test database is used");
        }
    }
}
