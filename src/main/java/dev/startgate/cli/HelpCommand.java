package dev.startgate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code startgate help [COMMAND]}: a command's help, or startgate's. picocli's own help command
 * has no {@code --version} and no examples, which every other command has; and as a plain command
 * (not picocli's help kind, whose arguments go unchecked) an unknown option is a usage error here
 * as anywhere else.
 */
@Command(
    name = "help",
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
final class HelpCommand implements Runnable {
  @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "rewrite, explain or help.")
  String command;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    CommandLine self = spec.commandLine();
    CommandLine parent = self.getParent();
    if (command == null) {
      parent.usage(self.getOut());
      return;
    }
    CommandLine sub = parent.getSubcommands().get(command);
    if (sub == null) {
      // Worded as "startgate nosuch" is; Main's usage error says where the help is.
      throw new CommandLine.ParameterException(parent, RootCommand.unknownCommand(command));
    }
    sub.usage(self.getOut());
  }
}
