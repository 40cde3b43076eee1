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

# Runtime stage: a JRE only. The archive is a JDK 21 dynamic CDS archive made here, not the
# launcher's (bin/startgate): the image's JRE and jar never change after this stage, so the
# launcher's per-run checksum of the jar and JDK would cost a shell and a few ms on every run
# for nothing, and the exec-form ENTRYPOINT passes kpt's and Helm's arguments straight to java.
FROM eclipse-temurin:21-jre
COPY --from=build /app /app
# The launcher's own training input (a ResourceList with a config, every network gate kind, a
# Service lookup, a kubectl gate and its generated RBAC), kept as the golden case
# testdata/krm-training; DockerfileIT checks that both are the same text.
COPY testdata/krm-training/input.yaml /app/training.yaml
# The class-data archive is made by this image's own java right after the jar arrives: a new
# jar changes the COPY above, so this layer is always rebuilt with it and the archive can
# never be stale (the JVM also checks the jar's size and time and ignores a stale archive).
# Training runs with the ENTRYPOINT's VM flags, as the launcher does, so it loads what a run loads.
RUN java -XX:ArchiveClassesAtExit=/app/startgate.jsa \
      -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
      -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr \
      -XX:ErrorFile=/tmp/startgate_hs_err_pid%p.log \
      -jar /app/startgate.jar < /app/training.yaml > /dev/null \
 && rm /app/training.yaml
# A numeric user, so that the kubelet can verify runAsNonRoot.
USER 65532:65532
# stdout carries the ResourceList or the manifests, so every JVM message goes to stderr
# (DisplayVMOutputToStderr, -Xlog), and a crash report to /tmp, not into the working directory
# (kpt mounts the package there). -XX:-UsePerfData: no hsperfdata file in /tmp, less start-up.
ENTRYPOINT ["java", "-Xshare:auto", "-XX:SharedArchiveFile=/app/startgate.jsa", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:ErrorFile=/tmp/startgate_hs_err_pid%p.log", "-jar", "/app/startgate.jar"]
