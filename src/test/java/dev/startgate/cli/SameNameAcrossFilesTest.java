package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Deployment and a CronJob of one name in two files, both with Kubernetes targets: each file is
 * planned with the other beside it, so the Deployment gets NAME-deployment-startgate whether the
 * files are rewritten together or one at a time, as pre-commit does (review EK: both got
 * api-startgate, two Roles of one name with different rules).
 */
class SameNameAcrossFilesTest {
  private static final String DEPLOYMENT =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\n"
          + "  annotations: {startgate.dev/wait-for: job/seed}\n"
          + "spec:\n  selector: {matchLabels: {app: api}}\n  template:\n"
          + "    metadata: {labels: {app: api}}\n    spec:\n      containers:\n      - name: m\n"
          + "        image: m\n";
  private static final String CRONJOB =
      "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: api\n  namespace: shop\n"
          + "  annotations: {startgate.dev/wait-for: deployment/db}\n"
          + "spec:\n  schedule: '0 * * * *'\n  jobTemplate:\n    spec:\n      template:\n"
          + "        spec:\n          restartPolicy: Never\n          containers:\n"
          + "          - name: m\n            image: m\n";

  @TempDir Path dir;

  private Path[] files(String folder) throws IOException {
    Path d = Files.createDirectories(dir.resolve(folder));
    return new Path[] {
      Files.writeString(d.resolve("a.yaml"), DEPLOYMENT),
      Files.writeString(d.resolve("b.yaml"), CRONJOB)
    };
  }

  @Test
  void theKindDecidesTheNameWhetherTheFilesAreRewrittenTogetherOrOneByOne() throws IOException {
    Path[] together = files("together");
    CliRun explain = CliRun.of("explain", together[0].toString(), together[1].toString());
    assertEquals(0, explain.code(), explain.err());
    assertTrue(
        explain
            .out()
            .contains(
                "Deployment/shop/api: account serviceAccountName:" + " api-deployment-startgate"),
        explain.out());
    CliRun run = CliRun.of("rewrite", together[0].toString(), together[1].toString());
    assertEquals(0, run.code(), run.err());
    String a = Files.readString(together[0]);
    String b = Files.readString(together[1]);
    assertTrue(a.contains("serviceAccountName: api-deployment-startgate"), a);
    assertTrue(a.contains("kind: Role\nmetadata:\n  name: api-deployment-startgate"), a);
    assertTrue(b.contains("serviceAccountName: api-startgate"), b);
    assertEquals(
        0, CliRun.of("rewrite", "--check", together[0].toString(), together[1].toString()).code());

    Path[] oneByOne = files("one-by-one");
    assertEquals(0, CliRun.of("rewrite", oneByOne[1].toString()).code());
    CliRun second = CliRun.of("rewrite", oneByOne[0].toString());
    assertEquals(0, second.code(), second.err());
    assertTrue(!second.err().contains("keep one"), second.err());
    assertEquals(a, Files.readString(oneByOne[0]));
    assertEquals(b, Files.readString(oneByOne[1]));
  }
}
