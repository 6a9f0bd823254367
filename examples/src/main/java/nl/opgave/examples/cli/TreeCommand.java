package nl.opgave.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Validates and draws doelenbomen; with no subcommand it prints its usage. */
@Command(name = "tree", aliases = "doelenboom", mixinStandardHelpOptions = true,
    description = "Valideert en tekent een doelenboom (overzichtsvorm: '- ' per item, twee spaties per niveau).",
    subcommands = {TreeValidateCommand.class, TreeRenderCommand.class, TreeDemoCommand.class})
final class TreeCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
