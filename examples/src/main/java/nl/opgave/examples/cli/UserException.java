package nl.opgave.examples.cli;

/** A mistake in what the user asked for; printed as one line per problem (a line of the message), exit code 2. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }
}
