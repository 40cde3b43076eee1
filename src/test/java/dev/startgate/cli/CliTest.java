package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manners every command shares: help, version, exit codes, stderr for errors. */
class CliTest {
  static final String JOB =
      """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: migrate
        annotations:
          startgate.dev/wait-for: tcp://postgres:5432
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: m, image: m}]
      """;

  @Test
  void everyCommandHasHelpWithExamples() {
    for (String[] args :
        new String[][] {
          {"--help"}, {"rewrite", "--help"}, {"explain", "-h"}, {"help", "rewrite"}, {"help", "-h"}
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.code(), String.join(" ", args));
      assertEquals("", run.err());
      assertTrue(run.out().startsWith("Usage: startgate"), run.out());
      assertTrue(run.out().contains("\nExamples:\n"), run.out());
      assertTrue(run.out().contains("Exit codes:"), run.out());
      // An example is copied as it is: none may be wrapped onto an unindented line.
      String examples = run.out().substring(run.out().indexOf("\nExamples:\n") + 11);
      for (String line : examples.substring(0, examples.indexOf("\n\n")).split("\n")) {
        assertTrue(line.startsWith("  "), "a wrapped example line: " + line);
      }
    }
    assertTrue(CliRun.of("--help").out().contains("  rewrite  "), "root help lists subcommands");
    assertEquals(CliRun.of("--help").out(), CliRun.of("help").out());
    for (String[] args : new String[][] {{"help", "--version"}, {"help", "-V"}}) {
      CliRun version = CliRun.of(args);
      assertEquals(0, version.code(), String.join(" ", args));
      assertEquals(CliRun.of("--version").out(), version.out(), String.join(" ", args));
    }
  }

  @Test
  void aFailedWriteToStdoutIsAnError() {
    for (String[] args : new String[][] {{}, {"explain"}}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      OutputStream full =
          new OutputStream() {
            @Override
            public void write(int b) throws IOException {
              throw new IOException("No space left on device");
            }
          };
      int code =
          Main.run(
              args,
              new ByteArrayInputStream(JOB.getBytes(StandardCharsets.UTF_8)),
              new PrintStream(full),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(1, code, String.join(" ", args));
      assertTrue(
          err.toString(StandardCharsets.UTF_8)
              .contains("[error] could not write the output to stdout"),
          err::toString);
    }
  }

  /** stdin a directory ({@code startgate < folder}): said as explain says it of a file. */
  @Test
  void stdinThatCannotBeReadSaysWhyInItsOwnWords() {
    for (String[] args : new String[][] {{}, {"-"}, {"explain", "-"}}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      InputStream folder =
          new InputStream() {
            @Override
            public int read() throws IOException {
              throw new IOException("Is a directory");
            }
          };
      int code =
          Main.run(
              args,
              folder,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(1, code, String.join(" ", args));
      assertEquals("", out.toString(StandardCharsets.UTF_8));
      assertTrue(
          err.toString(StandardCharsets.UTF_8).contains(": is a directory\n"), err::toString);
    }
  }

  @Test
  void version() {
    for (String flag : new String[] {"--version", "-V"}) {
      CliRun run = CliRun.of(flag);
      assertEquals(0, run.code());
      assertTrue(run.out().matches("startgate \\S+\n"), run.out());
    }
    assertEquals(CliRun.of("--version").out(), CliRun.of("rewrite", "--version").out());
  }

  @Test
  void usageErrorsExitTwoOnStderrOnly() {
    for (String[] args :
        new String[][] {
          {"--bogus"}, {"rewrite", "--nope", "f"}, {"frobnicate"}, {"explain", "--format"}
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.code(), String.join(" ", args));
      assertEquals("", run.out(), String.join(" ", args));
      assertTrue(!run.err().isEmpty());
    }
  }

  /** A config in {@code dir} whose default timeout, 7 s, shows in every gate's arguments. */
  private static Path sevenSecondConfig(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("sg.yaml"),
        "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: c\n"
            + "defaults:\n  timeout: 7s\n");
  }

  @Test
  void nonEmptyInputNeverGivesEmptyOutput() {
    // Only what an earlier run generated for a gate that is gone: every object is removed, and
    // Helm 4 takes empty output for an error.
    String stale =
        """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: seed-startgate
          namespace: shop
          labels: {app.kubernetes.io/managed-by: startgate}
        automountServiceAccountToken: false
        """;
    CliRun run = CliRun.withStdin(stale);
    assertEquals(0, run.code(), run.err());
    assertEquals(FunctionRunner.EMPTIED, run.out());
    assertEquals(run.out(), CliRun.withStdin(run.out()).out());
  }

  @Test
  void documentMarkersLeftAloneAreNotOutput() {
    // The same with the --- a chart or a concatenation puts between documents: what is left of the
    // stream is markers only, which say nothing, so the line is output instead of them.
    String doc =
        """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: NAME-startgate
          namespace: shop
          labels: {app.kubernetes.io/managed-by: startgate}
        automountServiceAccountToken: false
        """;
    for (String stale :
        List.of(
            "---\n" + doc.replace("NAME", "a") + "---\n",
            "---\n" + doc.replace("NAME", "a") + "---\n" + doc.replace("NAME", "b") + "...\n",
            doc.replace("NAME", "a") + "--- \r\n\r\n",
            // A byte order mark is no more than the markers (it gave the mark alone, or with them).
            "\uFEFF" + doc.replace("NAME", "a"),
            "\uFEFF---\n" + doc.replace("NAME", "a") + "---\n",
            // Its directives go with a document (it gave %YAML 1.1 alone: invalid YAML).
            "%YAML 1.1\n---\n" + doc.replace("NAME", "a"))) {
      CliRun run = CliRun.withStdin(stale);
      assertEquals(0, run.code(), run.err());
      assertEquals(FunctionRunner.EMPTIED, run.out(), stale);
    }
    // A comment left is the user's, and kept as it was.
    String commented = "# Source: chart/templates/a.yaml\n" + doc.replace("NAME", "a") + "---\n";
    assertEquals("# Source: chart/templates/a.yaml\n---\n", CliRun.withStdin(commented).out());
  }

  @Test
  void helm3PostRendererArgsForm(@TempDir Path dir) throws IOException {
    // helm install --post-renderer bin/startgate --post-renderer-args --config=FILE
    Path config = sevenSecondConfig(dir);
    CliRun run = CliRun.withStdin(JOB, "--config=" + config);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("args: [\"7\", \"2\", \"0\", "), run.out());
    assertEquals(run.out(), CliRun.withStdin(JOB, "--config", config.toString()).out());
  }

  @Test
  void optionsBeforeASubcommandCountForIt(@TempDir Path dir) throws IOException {
    Path config = sevenSecondConfig(dir);
    CliRun after = CliRun.withStdin(JOB, "explain", "--config", config.toString());
    CliRun before = CliRun.withStdin(JOB, "--config", config.toString(), "explain");
    assertEquals(0, before.code(), before.err());
    assertTrue(after.out().contains(" 7s "), after.out());
    assertEquals(after.out(), before.out());
    Path file = Files.writeString(dir.resolve("job.yaml"), JOB);
    CliRun check = CliRun.of("--config", config.toString(), "rewrite", "--check", file.toString());
    assertEquals(1, check.code(), check.err());
    assertTrue(check.out().contains("\"7\", \"2\", \"0\""), check.out());
    // A config that cannot be read, or two different ones, are usage errors wherever written.
    assertEquals(2, CliRun.withStdin(JOB, "--config", dir + "/none.yaml", "explain").code());
    CliRun twice =
        CliRun.withStdin(
            JOB, "--config", config.toString(), "explain", "--config", file.toString());
    assertEquals(2, twice.code());
    assertTrue(twice.err().contains("--config is given twice"), twice.err());
    CliRun namespace = CliRun.withStdin(JOB, "--namespace", "shop", "explain");
    assertEquals(CliRun.withStdin(JOB, "explain", "--namespace", "shop").out(), namespace.out());
  }

  @Test
  void errorResultsExitOneWithNothingOnStdout() {
    CliRun run = CliRun.withStdin(JOB.replace("5432", "0"), "--config=/dev/null");
    assertEquals(1, run.code());
    assertEquals("", run.out());
    CliRun noArgs = CliRun.withStdin(JOB.replace("5432", "0"));
    assertEquals(1, noArgs.code());
    assertEquals("", noArgs.out());
    assertTrue(noArgs.err().startsWith("[error] batch/v1/Job/migrate"), noArgs.err());
  }

  @Test
  void unreadableConfigIsTheSameUsageErrorInEveryMode(@TempDir Path dir) throws IOException {
    Path job = Files.writeString(dir.resolve("job.yaml"), JOB);
    String missing = dir.resolve("nope.yaml").toString();
    String folder = dir.toString();
    Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xe9});
    for (String config : new String[] {missing, folder}) {
      String reason = config.equals(missing) ? "no such file" : "is a directory";
      String expected = "[error] cannot read --config " + config + ": " + reason + "\n";
      for (String[] args :
          new String[][] {
            {"--config", config},
            {"--config=" + config},
            {"rewrite", "--config", config, job.toString()},
            {"rewrite", "--check", "--config", config, job.toString()},
            {"explain", "--config", config, job.toString()},
            {"explain", "--format=json", "--config", config, job.toString()}
          }) {
        CliRun run = CliRun.withStdin(JOB, args);
        assertEquals(2, run.code(), String.join(" ", args));
        assertEquals("", run.out(), String.join(" ", args));
        assertEquals(expected, run.err(), String.join(" ", args));
      }
    }
    String bad =
        "[error] --config "
            + latin1
            + " is not valid UTF-8 at line 1 (byte offset 3); save it as UTF-8\n";
    for (String[] args :
        new String[][] {
          {"--config", latin1.toString()},
          {"rewrite", "--config", latin1.toString(), job.toString()},
          {"explain", "--config", latin1.toString(), job.toString()}
        }) {
      CliRun run = CliRun.withStdin(JOB, args);
      assertEquals(1, run.code(), String.join(" ", args));
      assertEquals("", run.out(), String.join(" ", args));
      assertEquals(bad, run.err(), String.join(" ", args));
    }
    assertEquals(JOB, Files.readString(job), "nothing written");
  }

  /** An empty --config names no file: a usage error that says so, not "is a directory". */
  @Test
  void anEmptyConfigNameIsAUsageError(@TempDir Path dir) throws IOException {
    Path job = Files.writeString(dir.resolve("job.yaml"), JOB);
    String expected = "[error] --config needs a file name, like --config startgate.yaml\n";
    for (String[] args :
        new String[][] {
          {"--config="},
          {"--config", ""},
          {"--config", " "},
          {"rewrite", "--config=", job.toString()},
          {"rewrite", "--config", "", job.toString()},
          {"explain", "--config=", job.toString()},
          {"explain", "--config", "", job.toString()}
        }) {
      CliRun run = CliRun.withStdin(JOB, args);
      assertEquals(2, run.code(), String.join(" ", args));
      assertEquals("", run.out(), String.join(" ", args));
      assertEquals(expected, run.err(), String.join(" ", args));
    }
    assertEquals(JOB, Files.readString(job), "nothing written");
  }

  @Test
  void aDashReadsStdinAsNothingDoes() {
    String job =
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n"
            + "    startgate.dev/wait-for: tcp://db:5432\nspec:\n  template:\n    spec:\n"
            + "      restartPolicy: Never\n      containers:\n      - {name: c, image: c}\n";
    CliRun plain = CliRun.withStdin(job);
    assertEquals(0, plain.code(), plain.err());
    assertTrue(plain.out().contains("startgate-network"), plain.out());
    for (String[] args : new String[][] {{"-"}, {"--namespace=shop", "-"}}) {
      CliRun dash = CliRun.withStdin(job, args);
      assertEquals(0, dash.code(), dash.err());
      assertEquals(
          args.length == 1 ? plain.out() : CliRun.withStdin(job, "--namespace=shop").out(),
          dash.out());
    }
  }

  @Test
  void usageErrorIsTheReasonAndWhereHelpIs() {
    String[][] cases = {
      {"--bogus", "startgate: unknown option: '--bogus'", "startgate --help"},
      // An unknown option with a value: the option is named, not its value as a command.
      {"--bogus x", "startgate: unknown option: '--bogus'", "startgate --help"},
      {
        "--format dot",
        "startgate: unknown option: '--format'; it is explain's, like startgate explain --format"
            + " dot FILE",
        "startgate --help"
      },
      {"rewrite", "startgate: missing required parameter: 'FILE'", "startgate rewrite --help"},
      {
        "explain --format svg",
        "startgate: invalid value for option '--format'",
        "startgate explain --help"
      },
      {
        "frobnicate",
        "startgate: unknown command \"frobnicate\"; the commands are rewrite, explain and help",
        "startgate --help"
      },
      {"help -x", "startgate: unknown option: '-x'", "startgate help --help"},
      {
        "--version extra",
        "startgate: unknown command \"extra\"; the commands are rewrite, explain and help",
        "startgate --help"
      },
      {"help rewrite explain", "startgate: unexpected argument 'explain'", "startgate help --help"},
      {
        "help frobnicate",
        "startgate: unknown command \"frobnicate\"; the commands are rewrite, explain and help",
        "startgate --help"
      },
      {
        "deploy/job.yaml",
        "startgate: only stdin is read, not \"deploy/job.yaml\"; give - or nothing (startgate < deploy/job.yaml), or rewrite files in place with startgate rewrite deploy/job.yaml",
        "startgate --help"
      },
      {
        "rewrite --chek f.yaml",
        "startgate: unknown option: '--chek'; did you mean --check?",
        "startgate rewrite --help"
      },
    };
    for (String[] c : cases) {
      CliRun run = CliRun.of(c[0].split(" "));
      assertEquals(2, run.code(), c[0]);
      assertEquals("", run.out(), c[0]);
      java.util.List<String> lines = run.err().lines().toList();
      assertEquals(2, lines.size(), c[0] + ":\n" + run.err());
      assertTrue(lines.get(0).startsWith(c[1]), c[0] + ": " + lines.get(0));
      assertEquals("Run '" + c[2] + "' for usage and examples.", lines.get(1), c[0]);
    }
  }
}
