# startgate as a container image: a KRM function for kpt (`image:` in a Kptfile or
# `config.kubernetes.io/function`), and a plain stdin-to-stdout filter.
#   mvn -q package -DskipTests && docker build -t startgate .
# bin/build-image builds it with podman on a machine with no image registry, from base images
# made of Debian packages (see the README, "Container image").
#
# The base images are build arguments. JDK_IMAGE needs a JDK 17+ with jmods (jlink) and /bin/sh;
# BASE_IMAGE needs glibc, libstdc++ and zlib (a Debian slim image has them). The public defaults are
# pinned by digest.
ARG JDK_IMAGE=docker.io/library/eclipse-temurin:21-jdk@sha256:2e387a63a9086232a53fb668f78bcda1f233118f234326fcb88b0bb2a968ec39
ARG BASE_IMAGE=docker.io/library/debian:bookworm-slim@sha256:3783cc01769c7b2b1b83a5c5ad96c815348e28ed7da68e2e3687004faa906251

# Build stage: a runtime of only the modules startgate uses (jdeps --print-module-deps on the jar
# and its libraries says java.base), with the JDK's default CDS archive, and the jar from the
# checkout's `mvn package`. The archive for uncompressed pointers (heaps over 32 GB) is left out.
FROM ${JDK_IMAGE} AS build
ARG MODULES=java.base
RUN jlink --add-modules "${MODULES}" --output /opt/startgate/java --generate-cds-archive \
      --strip-java-debug-attributes --no-man-pages --no-header-files \
 && rm -f /opt/startgate/java/lib/server/classes_nocoops.jsa \
 && mkdir -p /rootfs/etc \
 && printf '%s\n' 'root:x:0:0:root:/root:/sbin/nologin' \
      'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin' \
      'startgate:x:65532:65532:startgate:/nonexistent:/sbin/nologin' > /rootfs/etc/passwd \
 && printf '%s\n' 'root:x:0:' 'nogroup:x:65534:' 'startgate:x:65532:' > /rootfs/etc/group
COPY target/startgate.jar /app/startgate.jar
COPY target/lib /app/lib
# The launcher's own training input (a ResourceList with a config, every network gate kind, a
# Service lookup, a kubectl gate and its generated RBAC), kept as the golden case
# testdata/krm-training; DockerfileIT checks that both are the same text.
COPY testdata/krm-training/input.yaml /app/training.yaml
# The class-data archive is made by the image's own java, at the paths the image runs it from,
# right after the jar arrives: a new jar changes the COPY above, so this layer is always rebuilt
# with it and the archive can never be stale (the JVM also checks the jar's size and time and
# ignores a stale archive). Training runs with the ENTRYPOINT's VM flags, as the launcher does,
# so it loads what a run loads.
RUN /opt/startgate/java/bin/java -XX:ArchiveClassesAtExit=/app/startgate.jsa \
      -XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=2000 -XX:+UseSerialGC -XX:-UsePerfData -Xmn32m -XX:MaxTenuringThreshold=0 \
      -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr \
      -XX:ErrorFile=/tmp/startgate_hs_err_pid%p.log \
      -jar /app/startgate.jar < /app/training.yaml > /dev/null \
 && rm /app/training.yaml
# What the runtime stage takes: world-readable (kpt runs the function as `nobody`).
RUN chmod -R a+rX /app /opt/startgate \
 && mkdir -p /rootfs/opt \
 && mv /app /rootfs/ \
 && mv /opt/startgate /rootfs/opt/

# Runtime stage: the base image, the runtime, the jar and its archive; nothing else.
FROM ${BASE_IMAGE}
# The repository names no licence yet: NOASSERTION (SPDX) until it does.
ARG VERSION=dev
ARG SOURCE=https://github.com/OWNER/startgate
ARG LICENSES=NOASSERTION
LABEL org.opencontainers.image.title="startgate" \
      org.opencontainers.image.description="KRM function that injects startup gates into Kubernetes workloads" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="${LICENSES}"
COPY --from=build /rootfs/ /
# A numeric user, so that the kubelet can verify runAsNonRoot; kpt runs functions as `nobody`
# (65534, in /etc/passwd) with no network, which works as well: every file is world-readable.
USER 65532:65532
# stdout carries the ResourceList or the manifests, so every JVM message goes to stderr
# (DisplayVMOutputToStderr, -Xlog), and a crash report to /tmp, not into the working directory
# (kpt mounts the package there). -XX:-UsePerfData: no hsperfdata file in /tmp, less start-up.
# The JIT and heap flags are bin/startgate's (see there and docs/performance.md).
ENTRYPOINT ["/opt/startgate/java/bin/java", "-Xshare:auto", "-XX:SharedArchiveFile=/app/startgate.jsa", "-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=2000", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmn32m", "-XX:MaxTenuringThreshold=0", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:ErrorFile=/tmp/startgate_hs_err_pid%p.log", "-jar", "/app/startgate.jar"]
