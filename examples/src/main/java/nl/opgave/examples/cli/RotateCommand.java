package nl.opgave.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "rotate", mixinStandardHelpOptions = true, description = "Maakt een tafelrotatie voor een World Café.")
final class RotateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("'rotate' is nog niet beschikbaar in deze versie");
  }
}
