package org.svtracker.domain.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Decides, once per JVM, which PostgreSQL the tests use, and logs it:
 *
 * <ol>
 *   <li>{@code SV_TEST_DB_URL} (with {@code SV_TEST_DB_USER}, {@code SV_TEST_DB_PASSWORD}): that
 *       database, as it is;
 *   <li>{@code SV_TEST_DB=testcontainers}: a PostgreSQL 17 container, for machines with Docker;
 *   <li>otherwise an embedded PostgreSQL 17, started once and shared by every test of the JVM.
 * </ol>
 *
 * On a server the tests own (embedded or container), every Spring context gets a database of its
 * own, created empty, so that contexts cannot see each other's data.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final AtomicInteger databases = new AtomicInteger();
    private static Server server;

    private TestDatabase() {}

    /** Connection details of a fresh database for one Spring context. */
    public static synchronized JdbcConnectionDetails newDatabase() {
        if (server == null) {
            server = startServer();
        }
        return server.newDatabase();
    }

    private static Server startServer() {
        String url = System.getenv("SV_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            log.info("Tests use the PostgreSQL database given by SV_TEST_DB_URL: {}", url);
            return new GivenDatabase(url, System.getenv("SV_TEST_DB_USER"), System.getenv("SV_TEST_DB_PASSWORD"));
        }
        if ("testcontainers".equalsIgnoreCase(System.getenv("SV_TEST_DB"))) {
            log.info("Tests use a PostgreSQL 17 container from Testcontainers (SV_TEST_DB=testcontainers)");
            return ContainerServer.start();
        }
        log.info("Tests use an embedded PostgreSQL 17 (set SV_TEST_DB_URL or SV_TEST_DB=testcontainers to change)");
        return EmbeddedServer.start();
    }

    interface Server {
        JdbcConnectionDetails newDatabase();
    }

    record Details(String url, String user, String password) implements JdbcConnectionDetails {
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
    }

    record GivenDatabase(String url, String user, String password) implements Server {
        @Override
        public JdbcConnectionDetails newDatabase() {
            return new Details(url, user, password);
        }
    }

    /** A server the tests own, where they may create a database per context. */
    abstract static class OwnedServer implements Server {

        abstract String urlOf(String database);

        abstract String user();

        abstract String password();

        @Override
        public JdbcConnectionDetails newDatabase() {
            String name = "sv_test_" + databases.incrementAndGet();
            try (Connection c = DriverManager.getConnection(urlOf("postgres"), user(), password())) {
                c.createStatement().execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create test database " + name, e);
            }
            return new Details(urlOf(name), user(), password());
        }
    }

    static final class EmbeddedServer extends OwnedServer {
        private final EmbeddedPostgres postgres;

        private EmbeddedServer(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedServer start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                return new EmbeddedServer(postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }

        @Override
        String urlOf(String database) {
            return postgres.getJdbcUrl("postgres", database);
        }

        @Override
        String user() {
            return "postgres";
        }

        @Override
        String password() {
            return "postgres";
        }
    }

    /** Kept in a class of its own so that Testcontainers is loaded only when asked for. */
    static final class ContainerServer extends OwnedServer {
        private final org.testcontainers.postgresql.PostgreSQLContainer container;

        private ContainerServer(org.testcontainers.postgresql.PostgreSQLContainer container) {
            this.container = container;
        }

        @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
        static ContainerServer start() {
            var container = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:17");
            container.start();
            return new ContainerServer(container);
        }

        @Override
        String urlOf(String database) {
            return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
        }

        @Override
        String user() {
            return container.getUsername();
        }

        @Override
        String password() {
            return container.getPassword();
        }
    }
}
