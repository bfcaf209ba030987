package org.svtracker.web.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.svtracker.web.SocialValueTrackerApplication;

/** The README's run command in miniature: the application on its own embedded database, twice. */
class DemoModeApplicationTests {

    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoKeepsItsDataWhenTheApplicationIsStoppedAndStartedAgain(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext first = start(dataDir)) {
            assertThat(get(first, "/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(get(first, "/sign-in").body()).contains("Demonstration");
            first.getBean(JdbcClient.class)
                    .sql(
                            "update council set name = 'Surrey County Council (renamed in the demo)' where slug = 'surrey'")
                    .update();
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from council where slug = 'surrey'")
                            .query(String.class)
                            .single())
                    .isEqualTo("Surrey County Council (renamed in the demo)");
            assertThat(jdbc.sql("select count(*) from user_account")
                            .query(Long.class)
                            .single())
                    .isEqualTo(29L);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return SpringApplication.run(
                SocialValueTrackerApplication.class,
                "--sv.data-dir=" + dataDir,
                "--server.port=0",
                "--sv.db.url=",
                "--spring.main.banner-mode=off");
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
