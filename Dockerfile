# syntax=docker/dockerfile:1

# Build: the Maven Wrapper fetches Maven 3.9.16; tests run in CI, not here.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -DskipTests package

# Run: the JRE only, as a user without root rights.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 svtracker \
    && useradd --system --uid 10001 --gid svtracker --home-dir /app --shell /usr/sbin/nologin svtracker \
    && mkdir -p /app/data \
    && chown svtracker:svtracker /app/data
WORKDIR /app
COPY --from=build /src/sv-web/target/sv-web-0.1.0-SNAPSHOT.jar /app/app.jar
USER 10001:10001
EXPOSE 8080
# No HEALTHCHECK: the JRE image has no curl. Probe GET /actuator/health from outside instead.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
