package dev.startgate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.startgate.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README says of {@code kubectl kustomize} and startgate as an exec transformer: without
 * {@code --enable-alpha-plugins} it is an error, with it the exec function is skipped silently.
 * Either way startgate does not run, hence {@code kubectl kustomize DIR | startgate}.
 */
class KubectlKustomizeExecIT {
  @TempDir Path tmp;

  @Test
  void execTransformerIsAnErrorOrSkippedNeverRun() throws Exception {
    Files.writeString(
        tmp.resolve("kustomization.yaml"), "resources:\n- job.yaml\ntransformers:\n- fn.yaml\n");
    Files.writeString(
        tmp.resolve("fn.yaml"),
        "apiVersion: fn.startgate.dev/v1alpha1\nkind: StartGate\nmetadata:\n  name: startgate\n"
            + "  annotations:\n    config.kubernetes.io/function: |\n      exec:\n        path: "
            + Path.of("bin/startgate").toAbsolutePath()
            + "\n");
    Files.writeString(
        tmp.resolve("job.yaml"),
        "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: m\n  annotations:\n"
            + "    startgate.dev/wait-for: tcp://db:5432\nspec:\n  template:\n    spec:\n"
            + "      restartPolicy: Never\n      containers: [{name: m, image: m}]\n");
    String kubectl = KptEndToEndIT.kubectl();
    Proc.Outcome plain = Proc.run(tmp, kubectl, "kustomize", ".");
    assertEquals(1, plain.code(), plain.out() + plain.err());
    assertTrue(plain.err().contains("external plugins disabled"), plain.err());

    Proc.Outcome alpha = Proc.run(tmp, kubectl, "kustomize", "--enable-alpha-plugins", ".");
    assertEquals(0, alpha.code(), alpha.err());
    assertTrue(alpha.out().contains("kind: Job"), alpha.out());
    assertFalse(alpha.out().contains("startgate-network"), "the exec function never ran");
  }
}
