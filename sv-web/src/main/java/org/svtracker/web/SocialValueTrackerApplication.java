package org.svtracker.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "org.svtracker")
public class SocialValueTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(SocialValueTrackerApplication.class, args);
    }
}
