package nl.opgave.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "tree", mixinStandardHelpOptions = true, description = "Valideert en tekent een doelenboom.")
final class TreeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("'tree' is nog niet beschikbaar in deze versie");
  }
}
