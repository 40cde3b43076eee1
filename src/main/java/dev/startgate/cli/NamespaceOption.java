package dev.startgate.cli;

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

  /** The namespace, null if none was given; a name Kubernetes would refuse is a usage error. */
  String get(Diagnostics diagnostics) throws Stop {
    if (namespace != null && !namespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
      diagnostics.error(
          "--namespace "
              + dev.startgate.model.Result.quoted(namespace)
              + " is not a namespace name (lower-case letters, digits and '-', at most 63);"
              + " use one like shop");
      throw new Stop(2);
    }
    return namespace;
  }
}
