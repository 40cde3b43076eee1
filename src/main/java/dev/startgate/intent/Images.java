package dev.startgate.intent;

/**
 * The images gates run in, each pinned by digest and replaceable in the function config.
 *
 * @param busybox TCP and HTTP gates (needs sh, nc, wget, timeout)
 * @param curl HTTPS gates (needs sh and curl)
 * @param kubectl Kubernetes gates (needs sh, timeout, mkfifo, jq and kubectl 1.33 or newer: the
 *     registry.k8s.io/kubectl image is built on Debian and has them)
 */
public record Images(String busybox, String curl, String kubectl) {
  /**
   * Defaults. Each digest was read in several independent public repositories that pin the same tag
   * to the same digest (the multi-platform index):
   *
   * <ul>
   *   <li>busybox 1.37.0 {@code bdf57e52...}: a security demo script, a lab runbook's {@code
   *       kubectl set image} line, and a CI script that exports the image through mirror.gcr.io.
   *   <li>curlimages/curl 8.11.1 {@code c1fe1679...}: a Terraform variable, a Dockerfile, a Kyverno
   *       demo script and several test scripts.
   *   <li>registry.k8s.io/kubectl v1.34.1 {@code 59bafa07...}: several unrelated Dockerfiles that
   *       copy kubectl from it, a Helm chart's test, and a deployment record. At least 1.33,
   *       because {@code kubectl wait --for=create} with a label selector (the first step of a
   *       {@code pods/} gate) fails at once in kubectl 1.31 and 1.32 when nothing matches yet.
   * </ul>
   */
  public static final Images DEFAULT =
      new Images(
          "docker.io/library/busybox:1.37.0@sha256:bdf57e528e45e4433820e045b29b4597825a1c9e38353532d90a01445013f82e",
          "docker.io/curlimages/curl:8.11.1@sha256:c1fe1679c34d9784c1b0d1e5f62ac0a79fca01fb6377cdd33e90473c6f9f9a69",
          "registry.k8s.io/kubectl:v1.34.1@sha256:59bafa07ff3a6d4b417e7633ddb9d79a9606ca98bf64bac080b3e65748669250");
}
