package dev.startgate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every mode reads before its input, the same way and with the same messages: {@code
 * --namespace}, then {@code --config}, then (for the subcommands) that each named file exists.
 *
 * @param config the config text, null without {@code --config}
 * @param namespace the namespace of objects that name none, or null
 */
record Prologue(String config, String namespace) {
  /** Reads the options; a problem is printed to {@code diagnostics} and stops the mode. */
  static Prologue read(Path configFile, NamespaceOption namespace, Diagnostics diagnostics)
      throws Stop {
    String ns = namespace.get(diagnostics);
    return new Prologue(ConfigOption.read(configFile, diagnostics), ns);
  }

  /**
   * Takes the options written before a subcommand's name ({@code startgate --config F explain})
   * into the subcommand's own where it has none; the same option given on both sides with other
   * values is a usage error (exit 2).
   */
  static void inherit(
      ConfigOption config,
      NamespaceOption namespace,
      ConfigOption rootConfig,
      NamespaceOption rootNamespace,
      Diagnostics diagnostics)
      throws Stop {
    if (config.file == null) {
      config.file = rootConfig.file;
    } else if (rootConfig.file != null
        && !rootConfig
            .file
            .toAbsolutePath()
            .normalize()
            .equals(config.file.toAbsolutePath().normalize())) {
      diagnostics.error(
          "--config is given twice, " + rootConfig.file + " and " + config.file + "; give it once");
      throw new Stop(2);
    }
    if (namespace.namespace == null) {
      namespace.namespace = rootNamespace.namespace;
    } else if (rootNamespace.namespace != null
        && !rootNamespace.namespace.equals(namespace.namespace)) {
      diagnostics.error(
          "--namespace is given twice, "
              + rootNamespace.namespace
              + " and "
              + namespace.namespace
              + "; give it once");
      throw new Stop(2);
    }
  }

  /**
   * A usage error (exit 2) for the first of {@code files} that is not a file; {@code -} is stdin
   * where {@code stdin} says a command reads it.
   */
  static void requireFiles(List<String> files, boolean stdin, Diagnostics diagnostics) throws Stop {
    String pass = stdin ? "pass YAML files, or - for stdin" : "pass YAML files";
    for (String f : files) {
      if (f.isEmpty()) {
        diagnostics.error("a file name is empty; " + pass);
        throw new Stop(2);
      }
      if (!(stdin && f.equals("-")) && !Files.isRegularFile(Path.of(f))) {
        diagnostics.error(
            f,
            Files.isDirectory(Path.of(f))
                ? "is a folder; pass the YAML files in it, like "
                    + (f.endsWith("/") ? f : f + "/")
                    + "*.yaml"
                : Files.exists(Path.of(f)) ? "is not a regular file; " + pass : "no such file");
        throw new Stop(2);
      }
      if (!(stdin && f.equals("-")) && !Files.isReadable(Path.of(f))) {
        // As a --config file that cannot be read: a usage error, before anything is read.
        diagnostics.error(f, "cannot read: permission denied");
        throw new Stop(2);
      }
    }
  }
}
