package dev.startgate.kube;

import dev.startgate.intent.Images;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The golden case and the kubectl binaries the Kubernetes gate tests run. */
final class KubectlBinaries {
  private KubectlBinaries() {}

  /** The golden case whose Job {@code seed} waits on one target of each Kubernetes kind. */
  static final Path GOLDEN = Path.of("testdata/kube-gates/expected.yaml");

  /** The real kubectl binaries from the default image's minor version down to the oldest kept. */
  static Stream<Path> kubectls() throws IOException {
    return Kubectl.binaries(imageMinor()).stream();
  }

  /** {@code 1.34} for the default image {@code registry.k8s.io/kubectl:v1.34.1@sha256:...}. */
  static String imageMinor() {
    String image = Images.DEFAULT.kubectl();
    String version = image.substring(image.indexOf(":v") + 2, image.indexOf('@'));
    return version.substring(0, version.lastIndexOf('.'));
  }
}
