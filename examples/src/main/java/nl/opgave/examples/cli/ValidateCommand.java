package nl.opgave.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Controleert een opgave-document (JSON).")
final class ValidateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("'validate' is nog niet beschikbaar in deze versie");
  }
}
