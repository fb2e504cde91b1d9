package eu.clusterdata.cli;

/**
 * A command could not run: its input could not be read, or it was asked for something it cannot do.
 * The message says what, where and what to do; the command exits with 2.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
