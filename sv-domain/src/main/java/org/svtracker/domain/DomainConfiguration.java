package org.svtracker.domain;

import java.time.Clock;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The domain's entities and repositories, wherever the application that uses them lives. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = DomainConfiguration.class)
@EnableJpaRepositories(basePackageClasses = DomainConfiguration.class)
public class DomainConfiguration {

    /** The domain reads the time from here, so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
