package dev.startgate.intent;

/**
 * The images gates run in, each pinned by digest and replaceable in the function config.
 *
 * @param busybox TCP and HTTP gates (needs sh, nc, wget, timeout)
 * @param curl HTTPS gates (needs sh and curl)
 * @param kubectl Kubernetes gates (kubectl only, no shell)
 */
public record Images(String busybox, String curl, String kubectl) {
  /**
   * Defaults. Each digest was read in several independent public repositories that pin the same
   * tag to the same digest (the multi-platform index):
   *
   * <ul>
   *   <li>busybox 1.37.0 {@code bdf57e52...}: a security demo script, a lab runbook's {@code kubectl
   *       set image} line, and a CI script that exports the image through mirror.gcr.io.
   *   <li>curlimages/curl 8.11.1 {@code c1fe1679...}: a Terraform variable, a Dockerfile, a
   *       Kyverno demo script and several test scripts.
   *   <li>registry.k8s.io/kubectl v1.31.2 {@code d31de546...}: the system-upgrade-controller
   *       configuration; see the README for how to check it against the registry.
   * </ul>
   */
  public static final Images DEFAULT =
      new Images(
          "docker.io/library/busybox:1.37.0@sha256:bdf57e528e45e4433820e045b29b4597825a1c9e38353532d90a01445013f82e",
          "docker.io/curlimages/curl:8.11.1@sha256:c1fe1679c34d9784c1b0d1e5f62ac0a79fca01fb6377cdd33e90473c6f9f9a69",
          "registry.k8s.io/kubectl:v1.31.2@sha256:d31de5468fb5c0943358671e3dcf8e4d8281108027efd1f211262d09aedd5519");
}
