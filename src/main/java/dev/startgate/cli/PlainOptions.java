package dev.startgate.cli;

/**
 * The function mode's options read without picocli, for the command lines Helm and kustomize give
 * it ({@code --config=startgate.yaml --namespace=shop}, {@code --config FILE}, {@code -}): picocli
 * loads about 550 classes the launcher's training run does not reach, which made such a run on one
 * Job about three times a run without options. Anything else (help, commands, an option twice, a
 * value that is empty, starts with {@code -} or {@code @}, or names a command) is left to picocli,
 * which says what is wrong.
 *
 * @param config the {@code --config} value, or null
 * @param namespace the {@code --namespace} value, or null
 */
record PlainOptions(String config, String namespace) {
  /**
   * The commands' names, as their {@code @Command} annotations give them: never an option value.
   */
  static final java.util.List<String> COMMANDS = java.util.List.of("rewrite", "explain", "help");

  /** The options of {@code args}, or null when picocli must read them. */
  static PlainOptions of(String[] args) {
    String config = null;
    String namespace = null;
    boolean stdin = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value;
      String name;
      if (a.equals("-")) {
        if (stdin) {
          return null;
        }
        stdin = true;
        continue;
      } else if (a.equals("--config") || a.equals("--namespace")) {
        if (i + 1 >= args.length) {
          return null;
        }
        name = a;
        value = args[++i];
      } else if (a.startsWith("--config=") || a.startsWith("--namespace=")) {
        name = a.substring(0, a.indexOf('='));
        value = a.substring(a.indexOf('=') + 1);
      } else {
        return null;
      }
      if (value.isEmpty()
          || value.startsWith("-")
          || value.startsWith("@")
          || COMMANDS.contains(value)) {
        // picocli's: it refuses a command's name as a value and expands an @argument file.
        return null;
      }
      if (name.equals("--config")) {
        if (config != null) {
          return null;
        }
        config = value;
      } else {
        if (namespace != null) {
          return null;
        }
        namespace = value;
      }
    }
    return new PlainOptions(config, namespace);
  }

  /** The {@code --config} file, or null. */
  java.nio.file.Path configFile() {
    return config == null ? null : java.nio.file.Path.of(config);
  }

  /** The {@code --namespace} option as picocli would have filled it. */
  NamespaceOption namespaceOption() {
    NamespaceOption option = new NamespaceOption();
    option.namespace = namespace;
    return option;
  }
}
