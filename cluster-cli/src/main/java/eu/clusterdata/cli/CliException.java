package eu.clusterdata.cli;

/**
 * A command could not run: its input could not be read, or it was asked for something it cannot do
 * (exit status 2), or its input has records it cannot use without losing data (exit status 1). The
 * message says what, where and what to do.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  CliException(String message) {
    this(message, Main.FAILED, null);
  }

  CliException(String message, Throwable cause) {
    this(message, Main.FAILED, cause);
  }

  CliException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The exit status: 1 for bad records, 2 for an input or a request the command cannot use. */
  int status() {
    return status;
  }
}
