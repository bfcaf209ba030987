package org.svtracker.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseModeTests {

    @Test
    void aDatabaseUrlMeansProduction() {
        var environment = new MockEnvironment().withProperty("sv.db.url", "jdbc:postgresql://db/sv");

        assertThat(DatabaseMode.of(environment)).isEqualTo(DatabaseMode.EXTERNAL);
    }

    @Test
    void noDatabaseUrlMeansTheEmbeddedDemoDatabase() {
        assertThat(DatabaseMode.of(new MockEnvironment().withProperty("sv.db.url", "")))
                .isEqualTo(DatabaseMode.EMBEDDED);
        assertThat(DatabaseMode.of(new MockEnvironment())).isEqualTo(DatabaseMode.EMBEDDED);
    }

    @Test
    void testsCanSwitchTheEmbeddedDatabaseOffToBringTheirOwn() {
        var environment = new MockEnvironment().withProperty("sv.embedded-database.enabled", "false");

        assertThat(DatabaseMode.of(environment)).isNull();
    }
}
