package dev.startgate.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code startgate [--config FILE]}: stdin to stdout. */
@Command(
    name = "startgate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Injects startup gates into Kubernetes workloads.",
      "",
      "Reads YAML on stdin. A KRM ResourceList (kpt, kustomize) is answered with a ResourceList;"
          + " any other stream (a Helm post-renderer) with a stream.",
    },
    footer = {
      "",
      "Examples:",
      "  kpt fn eval pkg --exec bin/startgate",
      "  kubectl kustomize overlay | startgate",
      "  helm install app ./chart -n shop --post-renderer bin/startgate \\",
      "      --post-renderer-args --config=startgate.yaml --post-renderer-args --namespace=shop",
      "  startgate rewrite --check deploy/*.yaml",
      "  startgate explain deploy/*.yaml",
      "",
      "Exit codes: 0 success, 1 error results, 2 usage error.",
      "Run startgate COMMAND --help for rewrite and explain.",
    })
final class RootCommand implements Callable<Integer> {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Function config (StartGate or ConfigMap) for a plain stream.")
  Path config;

  @Mixin NamespaceOption namespace = new NamespaceOption();

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  RootCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    String ns;
    try {
      ns = namespace.get(err);
    } catch (NamespaceOption.Invalid e) {
      return 2;
    }
    return new FunctionRunner(in, out, err).run(config, ns);
  }
}
