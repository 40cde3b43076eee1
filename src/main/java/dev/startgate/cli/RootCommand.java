package dev.startgate.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
      "      --post-renderer-args --config=startgate.yaml \\",
      "      --post-renderer-args --namespace=shop",
      "  startgate rewrite --check deploy/*.yaml",
      "  startgate explain deploy/*.yaml",
      "",
      "Exit codes: 0 success, 1 error results, 2 usage error.",
      "Run startgate COMMAND --help for rewrite and explain.",
    })
final class RootCommand implements Callable<Integer> {
  @Mixin ConfigOption config = new ConfigOption();

  @Mixin NamespaceOption namespace = new NamespaceOption();

  @Spec CommandSpec spec;

  /** {@code -}, as Helm post-renderers and CI steps write stdin; nothing else. */
  @Parameters(
      arity = "0..1",
      paramLabel = "-",
      description = "stdin, which is read anyway: files go to the rewrite and explain commands.")
  void input(String name) {
    if (!name.equals("-") && name.indexOf('.') < 0 && name.indexOf('/') < 0) {
      throw new UnknownCommand(spec.commandLine(), name);
    }
    if (!name.equals("-")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "only stdin is read, not \""
              + name
              + "\"; give - or nothing (startgate < "
              + name
              + "), or rewrite files in place with startgate rewrite "
              + name);
    }
  }

  private final FunctionRunner runner;

  RootCommand(InputStream in, PrintStream out, PrintStream err) {
    this.runner = new FunctionRunner(in, out, err);
  }

  @Override
  public Integer call() {
    return runner.run(config.file, namespace);
  }

  /**
   * A word where a command goes that names none: {@code frobnicate}, or an unknown option's value.
   */
  static final class UnknownCommand extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    /** The word. */
    final String word;

    UnknownCommand(CommandLine line, String word) {
      super(line, unknownCommand(word));
      this.word = word;
    }
  }

  /** The usage error for a command startgate does not have. */
  static String unknownCommand(String name) {
    return "unknown command \""
        + name
        + "\"; the commands are "
        + String.join(", ", PlainOptions.COMMANDS.subList(0, PlainOptions.COMMANDS.size() - 1))
        + " and "
        + PlainOptions.COMMANDS.get(PlainOptions.COMMANDS.size() - 1);
  }
}
