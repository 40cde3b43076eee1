package dev.startgate.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Entry point; the only class that touches {@code System.in/out/err} and exits. */
public final class Main {
  private Main() {}

  /**
   * Runs startgate and exits with its code. A success returns from {@code main}, a failure halts,
   * instead of calling {@link System#exit}: on JDK 21 and newer {@code Runtime.exit} first starts
   * the JDK's logging (to log the exit if asked), 10-20 ms of every run, more than a small input
   * takes to rewrite. startgate registers no shutdown hook.
   */
  public static void main(String[] args) {
    // UTF-8 whatever the locale: the JDK encodes System.out and System.err for the locale's
    // charset, and an image or a CI job without one (POSIX) turned every non-ASCII character of a
    // result or of explain's table into '?'. The YAML on stdout was always UTF-8 (Utf8Out).
    // 64 KB at a time, a pipe's capacity on Linux: kpt's 1,000-resource output (3 MB) took 405
    // writes of 4-15 KB with System.out's 8 KB buffer, 52 now, and the run 2-4 % less time
    // through a pipe (docs/performance-rounds.md, fortieth round).
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    // The launcher found stdin closed (<&-) and gave the JVM /dev/null in its place.
    InputStream in =
        System.getenv("STARTGATE_STDIN_CLOSED") == null
            ? BoundedInput.fromStart(System.in)
            : new ClosedStdin();
    int code = run(args, in, out, err);
    out.flush();
    err.flush();
    if (code != 0) {
      // halt, not exit: startgate registers no shutdown hook, and Runtime.exit would first start
      // the JDK's logging, which after an OutOfMemoryError failed with a line of its own.
      Runtime.getRuntime().halt(code);
    }
  }

  /** A stdin that was closed when startgate started: reading it is an error that says so. */
  private static final class ClosedStdin extends InputStream {
    @Override
    public int read() throws java.io.IOException {
      throw new java.io.IOException(
          "stdin is closed; pipe the YAML in, like kubectl kustomize . | startgate, or pass files"
              + " to startgate rewrite or explain");
    }
  }

  /** Runs startgate with the given streams and returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    // Room to report running out of memory in: freed first, so the report's own few allocations
    // cannot fail too (an error thrown there reached the JVM's handler, which had none left).
    byte[][] reserve = {new byte[1 << 16]};
    int code;
    try {
      code = dispatch(args, in, out, err);
    } catch (java.nio.file.InvalidPathException e) {
      new Diagnostics(err).error(badFileName(e));
      return 2;
    } catch (RuntimeException | StackOverflowError e) {
      // A bug, not a user mistake: one line instead of a stack trace. Output is written last, so
      // stdout is still empty here.
      new Diagnostics(err).error("internal error: " + e + "; please report it with the input");
      return 1;
    } catch (OutOfMemoryError e) {
      // The reserve and what the unwinding let go of are enough to say so; the JVM's own report is
      // a stack trace.
      reserve[0] = null;
      new Diagnostics(err).error(outOfMemory(Runtime.getRuntime().maxMemory()));
      return 1;
    } finally {
      java.lang.ref.Reference.reachabilityFence(reserve);
    }
    // A PrintStream keeps a failed write to itself: a full disk or a closed pipe would leave a
    // truncated file behind a success.
    out.flush();
    if (out.checkError()) {
      new Diagnostics(err)
          .error(
              "could not write the output to stdout (a full disk, or a reader that closed the"
                  + " pipe): what was written is incomplete");
      return code == 0 ? 1 : code;
    }
    return code;
  }

  /**
   * The error for an input larger than the heap ({@code maxHeapBytes}, which leaves out a survivor
   * space: a little less than -Xmx), with how to give the JVM more; nothing was written.
   */
  static String outOfMemory(long maxHeapBytes) {
    return "out of memory: the input needs more heap than this JVM has (about "
        + (maxHeapBytes + (1 << 20) - 1) / (1 << 20)
        + " MiB: a quarter of the machine's or the container's memory, half of a small"
        + " container's, unless -Xmx says otherwise); nothing was written. Give it more, like"
        + " JAVA_TOOL_OPTIONS=-Xmx1g, or a larger memory limit";
  }

  private static int dispatch(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0 || (args.length == 1 && args[0].equals("-"))) {
      // The common path under kpt, kustomize and Helm: skip picocli's start-up cost.
      return new FunctionRunner(in, out, err).run();
    }
    PlainOptions plain = PlainOptions.of(args);
    if (plain != null) {
      // Helm's and kustomize's command lines: --config and --namespace, read as picocli would.
      return new FunctionRunner(in, out, err).run(plain.configFile(), plain.namespaceOption());
    }
    CommandLine cli = new CommandLine(new RootCommand(in, out, err));
    cli.addSubcommand(new RewriteCommand(out, err));
    cli.addSubcommand(new ExplainCommand(in, out, err));
    cli.addSubcommand(new HelpCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setParameterExceptionHandler((e, arguments) -> usageError(e, arguments, err));
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof java.nio.file.InvalidPathException p) {
            new Diagnostics(err).error(badFileName(p));
            return 2;
          }
          new Diagnostics(err).error("internal error: " + e + "; please report it with the input");
          return 1;
        });
    return cli.execute(args);
  }

  /**
   * The unknown option before {@code word} in {@code arguments} ({@code --format} of {@code
   * --format dot}, which picocli took for a command), or null.
   */
  private static String optionBefore(String word, String[] arguments) {
    for (int i = 1; i < arguments.length; i++) {
      if (arguments[i].equals(word)
          && arguments[i - 1].startsWith("-")
          && !arguments[i - 1].equals("-")
          && !List.of("--config", "--namespace", "-h", "--help", "-V", "--version")
              .contains(arguments[i - 1])) {
        return arguments[i - 1];
      }
    }
    return null;
  }

  /**
   * A file name the JVM cannot turn into a path: it reads names in its locale's charset, and under
   * a locale that is not UTF-8 (LANG=C, or one that is not installed) café.yaml has no bytes.
   */
  static String badFileName(java.nio.file.InvalidPathException e) {
    return badFileName(e.getInput());
  }

  private static String badFileName(String name) {
    return "the file name "
        + dev.startgate.model.Result.quoted(name)
        + " cannot be used under this locale (its charset "
        + System.getProperty("sun.jnu.encoding")
        + " cannot hold it); run with a UTF-8 locale, like LC_ALL=C.UTF-8 (bin/startgate sets it"
        + " when LANG and LC_ALL name none)";
  }

  /** The first argument before any {@code --} that starts with {@code -} and is a file, or null. */
  private static String dashedFile(String[] arguments) {
    for (String a : arguments) {
      if (a.equals("--")) {
        return null;
      }
      try {
        if (a.length() > 1
            && a.charAt(0) == '-'
            && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(a))) {
          return a;
        }
      } catch (java.nio.file.InvalidPathException e) {
        // no file of that name here
      }
    }
    return null;
  }

  /** A usage error: the reason in one line, then where the help is; exit code 2. */
  private static int usageError(
      CommandLine.ParameterException e, String[] arguments, PrintStream err) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof java.nio.file.InvalidPathException p) {
        new Diagnostics(err).error(badFileName(p));
        return 2;
      }
    }
    String message = e.getMessage() == null ? "invalid arguments" : e.getMessage().strip();
    int converting = message.indexOf("cannot convert '");
    if (converting >= 0 && message.contains("InvalidPathException")) {
      // picocli keeps the conversion's failure in its message only.
      int from = converting + "cannot convert '".length();
      new Diagnostics(err)
          .error(badFileName(message.substring(from, message.indexOf("' to", from))));
      return 2;
    }
    String option =
        e instanceof RootCommand.UnknownCommand u ? optionBefore(u.word, arguments) : null;
    if (option != null) {
      // "startgate --format dot": picocli took the unknown option's value for a command.
      message =
          "unknown option: '"
              + option
              + "'"
              + (option.equals("--format")
                  ? "; it is explain's, like startgate explain --format dot FILE"
                  : "");
    }
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline).strip();
    }
    message = dev.startgate.model.Result.oneLine(message);
    if (!message.isEmpty()) {
      message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    java.util.regex.Matcher extra =
        java.util.regex.Pattern.compile("unmatched argument at index \\d+: ('.*')")
            .matcher(message);
    if (extra.matches()) {
      // "startgate help rewrite explain": one argument too many, said without picocli's index.
      message = "unexpected argument " + extra.group(1);
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      message += "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
    }
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    String dashed =
        command.equals("startgate rewrite") || command.equals("startgate explain")
            ? dashedFile(arguments)
            : null;
    if (dashed != null
        && (message.equals("unknown option: '" + dashed + "'")
            || message.startsWith("missing required parameter"))) {
      // "startgate rewrite -x.yaml": picocli read the file's name as an option.
      String shown =
          dashed.matches("[-A-Za-z0-9._/+=,:@%]+")
              ? dashed
              : dev.startgate.model.Result.quoted(dashed);
      message =
          "unknown option: "
              + shown
              + "; a file whose name starts with - goes after --, like "
              + command
              + " -- "
              + shown;
    }
    err.println("startgate: " + message);
    err.println("Run '" + command + " --help' for usage and examples.");
    return 2;
  }
}
