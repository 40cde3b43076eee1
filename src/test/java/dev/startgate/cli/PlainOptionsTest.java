package dev.startgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

  /** The names no option value may take are the commands Main registers, in its order. */
  @Test
  void theCommandNamesAreTheSubcommands() {
    List<String> names =
        Stream.of(RewriteCommand.class, ExplainCommand.class, HelpCommand.class)
            .map(c -> c.getAnnotation(CommandLine.Command.class).name())
            .toList();
    assertEquals(PlainOptions.COMMANDS, names);
    assertEquals(
        "unknown command \"x\"; the commands are rewrite, explain and help",
        RootCommand.unknownCommand("x"));
  }
}
