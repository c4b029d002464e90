# newsflow's image: one image for every command (streams, produce, registry, consume).
# Build:  docker build -t newsflow:local .      Run: docker run --rm newsflow:local --help
# Stage 1 builds with the Maven wrapper (the only build tool the project needs); stage 2 is a JRE
# with the runnable jar and its libraries, run as a non-root user.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# the cache mount keeps downloaded dependencies between builds; tests run in CI, not here
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the compose health checks (GET /health/ready)
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system newsflow \
 && useradd --system --gid newsflow --home-dir /opt/newsflow --no-create-home newsflow \
 && mkdir -p /opt/newsflow/app /var/lib/newsflow /data/inbox \
 && chown newsflow:newsflow /var/lib/newsflow /data/inbox
WORKDIR /opt/newsflow
# the jar's manifest lists lib/*, so the libraries sit beside it exactly as in app/target
COPY --from=build /src/app/target/lib/ app/lib/
COPY --from=build /src/app/target/newsflow.jar app/newsflow.jar
USER newsflow
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app/newsflow.jar"]
CMD ["--help"]
