package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
          {"--help"}, {"rewrite", "--help"}, {"explain", "-h"}, {"help", "rewrite"}
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.code(), String.join(" ", args));
      assertEquals("", run.err());
      assertTrue(run.out().startsWith("Usage: startgate"), run.out());
      assertTrue(run.out().contains("\nExamples:\n"), run.out());
      assertTrue(run.out().contains("Exit codes:"), run.out());
    }
    assertTrue(CliRun.of("--help").out().contains("  rewrite  "), "root help lists subcommands");
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

  @Test
  void helm3PostRendererArgsForm(@TempDir Path dir) throws IOException {
    // helm install --post-renderer bin/startgate --post-renderer-args --config=FILE
    Path config =
        Files.writeString(
            dir.resolve("sg.yaml"),
            "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: c\n"
                + "defaults:\n  timeout: 7s\n");
    CliRun run = CliRun.withStdin(JOB, "--config=" + config);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("- \"7\"\n"), run.out());
    assertEquals(run.out(), CliRun.withStdin(JOB, "--config", config.toString()).out());
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
}
