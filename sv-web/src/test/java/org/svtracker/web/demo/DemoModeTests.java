package org.svtracker.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTests {

    private final DemoConfiguration configuration = new DemoConfiguration();

    @Test
    void theEmbeddedDatabaseMeansDemoMode() {
        assertThat(configuration.demoMode(new MockEnvironment()).enabled()).isTrue();
    }

    @Test
    void aProductionDatabaseMeansNoDemo() {
        var production = new MockEnvironment().withProperty("sv.db.url", "jdbc:postgresql://db/sv");

        assertThat(configuration.demoMode(production).enabled()).isFalse();
    }

    @Test
    void demoModeCannotBeForcedOnAProductionDatabase() {
        var production = new MockEnvironment()
                .withProperty("sv.db.url", "jdbc:postgresql://db/sv")
                .withProperty("sv.demo.enabled", "true");

        assertThatIllegalStateException().isThrownBy(() -> configuration.demoMode(production));
    }

    @Test
    void testsBringTheirOwnDatabaseAndChooseWhetherToSeed() {
        var tests = new MockEnvironment()
                .withProperty("sv.embedded-database.enabled", "false")
                .withProperty("sv.demo.enabled", "true");

        assertThat(configuration.demoMode(tests).enabled()).isTrue();
        assertThat(configuration
                        .demoMode(new MockEnvironment().withProperty("sv.embedded-database.enabled", "false"))
                        .enabled())
                .isFalse();
    }
}
