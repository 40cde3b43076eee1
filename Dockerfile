# startgate as a container image: a KRM function for kpt (`image:` in a Kptfile or
# `config.kubernetes.io/function`), and a plain stdin-to-stdout filter.
#   docker build -t startgate .
# Two stages: in the build stage jlink makes a runtime, Maven builds the jar from the sources and
# the JVM its class-data archive; the runtime stage takes the result onto a slim base image.
# bin/build-image builds it with podman on a machine with no image registry, from base images
# made of Debian packages and with Maven offline on the machine's ~/.m2 (see the README,
# "Container image").
#
# The base images are build arguments. BUILD_IMAGE needs Maven 3.8+, a JDK 17+ with jmods (jlink)
# and /bin/sh; BASE_IMAGE needs glibc, libstdc++ and zlib (a Debian slim image has them). The
# public defaults are pinned by digest.
ARG BUILD_IMAGE=docker.io/library/maven:3.9.9-eclipse-temurin-21@sha256:3a4ab3276a087bf276f79cae96b1af04f53731bec53fb2e651aca79e4b10211e
ARG BASE_IMAGE=docker.io/library/debian:bookworm-slim@sha256:3783cc01769c7b2b1b83a5c5ad96c815348e28ed7da68e2e3687004faa906251

# Build stage: a runtime of only the modules startgate uses (jdeps --print-module-deps on the jar
# and its libraries says java.base), with the JDK's default CDS archive (the one for uncompressed
# pointers, heaps over 32 GB, is left out); then the jar and its run-time libraries, built by
# Maven from pom.xml and src/main.
FROM ${BUILD_IMAGE} AS build
ARG MODULES=java.base
# Maven's own flags: bin/build-image adds -o (offline, on the machine's ~/.m2).
ARG MAVEN_FLAGS="-B -ntp -q"
RUN jlink --add-modules "${MODULES}" --output /opt/startgate/java --generate-cds-archive \
      --strip-java-debug-attributes --no-man-pages --no-header-files \
 && rm -f /opt/startgate/java/lib/server/classes_nocoops.jsa \
 && mkdir -p /rootfs/etc \
 && printf '%s\n' 'root:x:0:0:root:/root:/sbin/nologin' \
      'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin' \
      'startgate:x:65532:65532:startgate:/nonexistent:/sbin/nologin' > /rootfs/etc/passwd \
 && printf '%s\n' 'root:x:0:' 'nogroup:x:65534:' 'startgate:x:65532:' > /rootfs/etc/group
WORKDIR /src
COPY pom.xml ./
COPY src/main src/main
# The goals of `mvn package` that make the jar and target/lib, without the tests' goals or the
# release archive; -Dstartgate.runtimeOnly leaves the tests' libraries out of the build (the tests
# run in CI), so Maven downloads only what the jar is built from and runs with.
RUN mvn ${MAVEN_FLAGS} -Dstartgate.runtimeOnly resources:resources compiler:compile jar:jar \
      dependency:copy-dependencies@copy-runtime-libs \
 && mkdir /app \
 && mv target/startgate.jar target/lib /app/
# The launcher's own training input (a ResourceList with a config, every network gate kind, a
# Service lookup, a kubectl gate and its generated RBAC), kept as the golden case
# testdata/krm-training; DockerfileIT checks that both are the same text.
COPY testdata/krm-training/input.yaml /app/training.yaml
# The class-data archive is made by the image's own java, at the paths the image runs it from,
# in the stage that builds the jar: a change to the sources rebuilds the jar's layer and so this
# one, and the archive can never be stale (the JVM also checks the jar's size and time and
# ignores a stale archive). Training runs with the ENTRYPOINT's VM flags, as the launcher does,
# so it loads what a run loads.
RUN /opt/startgate/java/bin/java -XX:ArchiveClassesAtExit=/app/startgate.jsa \
      -XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=2000 -XX:+UseSerialGC -XX:-UsePerfData -Xmn32m -XX:MaxTenuringThreshold=0 \
      -XX:+UseTransparentHugePages \
      -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr -Xlog:gc+ergo=error:stderr -Xlog:pagesize=error:stderr \
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
# The JIT and heap flags are bin/startgate's (see there and docs/performance.md). In a container
# limited to 64 MiB or less the heap is no larger than the 32 MB young generation: the JVM makes
# the young generation smaller itself, and its two warnings that it did so are not shown
# (gc+ergo); the launcher leaves -Xmn out there instead, which an exec-form ENTRYPOINT cannot.
# Transparent huge pages where the host's kernel gives them on request; where it has them off, the
# JVM's warning that the flag does nothing is not shown (pagesize).
ENTRYPOINT ["/opt/startgate/java/bin/java", "-Xshare:auto", "-XX:SharedArchiveFile=/app/startgate.jsa", "-XX:TieredStopAtLevel=1", "-XX:Tier3BackEdgeThreshold=2000", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmn32m", "-XX:MaxTenuringThreshold=0", "-XX:+UseTransparentHugePages", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:gc+ergo=error:stderr", "-Xlog:pagesize=error:stderr", "-XX:ErrorFile=/tmp/startgate_hs_err_pid%p.log", "-jar", "/app/startgate.jar"]
