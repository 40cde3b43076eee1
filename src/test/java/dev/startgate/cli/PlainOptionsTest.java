package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which command lines skip picocli (Helm's and kustomize's), and which are left to it. */
class PlainOptionsTest {
  @Test
  void helmAndKustomizeCommandLinesAreReadWithoutPicocli() {
    assertEquals(
        new PlainOptions("s.yaml", null), PlainOptions.of(new String[] {"--config=s.yaml"}));
    assertEquals(
        new PlainOptions("s.yaml", "shop"),
        PlainOptions.of(new String[] {"--config", "s.yaml", "--namespace=shop", "-"}));
    assertEquals(
        new PlainOptions(null, "shop"), PlainOptions.of(new String[] {"-", "--namespace", "shop"}));
  }

  @Test
  void everythingElseIsPicoclis() {
    for (String[] args :
        new String[][] {
          {"explain", "--config=s.yaml"},
          {"--namespace", "shop", "explain"},
          {"--config=a.yaml", "--config=b.yaml"},
          {"--namespace=a", "--namespace", "b"},
          {"--config"},
          {"--config="},
          {"--config", "--namespace=shop"},
          {"--config", "-"},
          {"-", "-"},
          {"--help"},
          {"-V"},
          {"--conf=s.yaml"},
          {"--config=s.yaml", "file.yaml"},
          {"--config", "explain"},
          {"--namespace=rewrite"},
          {"--namespace", "help"},
          {"--config", "@opts.txt"},
        }) {
      assertNull(PlainOptions.of(args), String.join(" ", args));
    }
  }
}
