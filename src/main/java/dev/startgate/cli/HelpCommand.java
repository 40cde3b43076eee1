package dev.startgate.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code startgate help [COMMAND]}: a command's help, or startgate's. picocli's own help command
 * has no {@code --version} and no examples, which every other command has.
 */
@Command(
    name = "help",
    helpCommand = true,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Shows the help of a command (rewrite, explain), or startgate's.",
    footer = {
      "",
      "Examples:",
      "  startgate help rewrite",
      "  startgate help",
      "",
      "Exit codes: 0 the help was shown; 2 usage error (a command that does not exist).",
    })
final class HelpCommand implements Runnable, CommandLine.IHelpCommandInitializable2 {
  @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "rewrite, explain or help.")
  String command;

  private CommandLine self;
  private CommandLine.Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine,
      CommandLine.Help.ColorScheme colorScheme,
      PrintWriter outWriter,
      PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = outWriter;
  }

  @Override
  public void run() {
    CommandLine parent = self.getParent();
    if (command == null) {
      parent.usage(out, colors);
      return;
    }
    CommandLine sub = parent.getSubcommands().get(command);
    if (sub == null) {
      // Worded by Main's usage error as "startgate nosuch" is.
      throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + command + "'.");
    }
    sub.usage(out, colors);
  }
}
