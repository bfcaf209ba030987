package org.svtracker.web.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.svtracker.domain.demo.DemoData;
import org.svtracker.web.database.DatabaseMode;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    /**
     * Demo mode is on exactly when the database is embedded, unless {@code sv.demo.enabled} says
     * otherwise; it can never be switched on against a production database, whose users would
     * otherwise get demo accounts with a published password.
     */
    @Bean
    DemoMode demoMode(Environment environment) {
        DatabaseMode mode = DatabaseMode.of(environment);
        Boolean explicit = environment.getProperty("sv.demo.enabled", Boolean.class);
        if (mode == DatabaseMode.EXTERNAL && Boolean.TRUE.equals(explicit)) {
            throw new IllegalStateException("Demo mode cannot run on the database named by SV_DB_URL");
        }
        return new DemoMode(explicit != null ? explicit : mode == DatabaseMode.EMBEDDED);
    }

    /** Seeding never runs outside demo mode. */
    @Bean
    ApplicationRunner demoSeeding(DemoMode demoMode, DemoData demoData) {
        return args -> {
            if (demoMode.enabled()) {
                log.warn("DEMO MODE: seeding the demo councils and users (password in the README)");
                demoData.seed();
            }
        };
    }
}
