package dev.startgate.cli;

import java.io.PrintStream;
import picocli.CommandLine.Option;

/**
 * {@code --namespace NS}: the namespace of objects that name none. Helm installs a chart's objects
 * in the release's namespace, but charts rarely render {@code metadata.namespace} and Helm tells a
 * post-renderer nothing about the release.
 */
final class NamespaceOption {
  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description =
          "Namespace of objects that name none (a Helm release's: charts rarely set"
              + " metadata.namespace).")
  String namespace;

  /** Thrown after the reason was printed: a usage error. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** The namespace, null if none was given; a name Kubernetes would refuse is a usage error. */
  String get(PrintStream err) throws Invalid {
    if (namespace != null && !namespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
      err.println(
          "startgate: --namespace \""
              + namespace
              + "\" is not a namespace name (lower-case letters, digits and '-', at most 63);"
              + " use one like shop");
      throw new Invalid();
    }
    return namespace;
  }
}
