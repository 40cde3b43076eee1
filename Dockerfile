# startgate as a container image: a KRM function for kpt (`image:` in a Kptfile or
# `config.kubernetes.io/function`), and a plain stdin-to-stdout filter.
#   docker build -t startgate .

# Build stage: the jar and its runtime libraries.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -ntp -q dependency:go-offline
COPY src ./src
RUN mvn -B -ntp -q package -DskipTests \
 && mkdir -p /app \
 && cp target/startgate.jar /app/ \
 && cp -r target/lib /app/lib

# Runtime stage: a JRE only.
FROM eclipse-temurin:21-jre
COPY --from=build /app /app
COPY testdata/stream-job-tcp-http/input.yaml /app/training.yaml
# The class-data archive is made by this image's own java right after the jar arrives: a new
# jar changes the COPY above, so this layer is always rebuilt with it and the archive can
# never be stale (the JVM also checks the jar's size and time and ignores a stale archive).
RUN java -XX:ArchiveClassesAtExit=/app/startgate.jsa -Xlog:disable -Xlog:all=warning:stderr \
      -jar /app/startgate.jar < /app/training.yaml > /dev/null \
 && rm /app/training.yaml
# A numeric user, so that the kubelet can verify runAsNonRoot.
USER 65532:65532
# JVM log output goes to stderr only: stdout carries the ResourceList or the manifests.
ENTRYPOINT ["java", "-Xshare:auto", "-XX:SharedArchiveFile=/app/startgate.jsa", "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/app/startgate.jar"]
