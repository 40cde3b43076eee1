package dev.startgate.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.startgate.testing.Proc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * podman for the container tests: made usable by {@code .ci/setup-containers} (podman, runc, the
 * ulimits this machine kind allows) and the images built by the checkout's own scripts. Never
 * skips: a machine that cannot run containers fails these tests with the reason.
 */
public final class Podman {
  /** The function image {@code bin/build-image} builds. */
  public static final String FUNCTION_IMAGE = "localhost/startgate:dev";

  private Podman() {}

  /** Runs {@code .ci/setup-containers}; fails with its message if containers cannot run here. */
  public static void setUp() throws IOException, InterruptedException {
    Proc.Outcome setup =
        Proc.run(Path.of("."), null, 600, Map.of(), List.of("sh", ".ci/setup-containers"));
    assertEquals(0, setup.code(), "containers cannot run here: " + setup.out() + setup.err());
  }

  /**
   * Builds the function image from this build's jar (bin/build-image: a few seconds when cached).
   */
  public static void buildFunctionImage() throws IOException, InterruptedException {
    setUp();
    Proc.Outcome build =
        Proc.run(Path.of("."), null, 900, Map.of(), List.of("bin/build-image", FUNCTION_IMAGE));
    assertEquals(0, build.code(), "bin/build-image: " + build.out() + build.err());
  }

  /** {@code podman ARGS...}, bounded by {@code seconds}. */
  public static Proc.Outcome run(int seconds, String stdin, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>();
    command.add("podman");
    command.addAll(args);
    return Proc.run(Path.of("."), stdin, seconds, Map.of(), command);
  }
}
