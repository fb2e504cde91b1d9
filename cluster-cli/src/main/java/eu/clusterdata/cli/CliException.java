package eu.clusterdata.cli;

import eu.clusterdata.model.Message;

/**
 * A command could not run: its input could not be read, or it was asked for something it cannot do
 * (exit status 2), or its input has records it cannot use without losing data (exit status 1). The
 * message says what, where and what to do.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Message problem;

  CliException(String message) {
    this(message, Main.FAILED, null);
  }

  CliException(String message, Throwable cause) {
    this(message, Main.FAILED, cause);
  }

  CliException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.problem = null;
  }

  private CliException(String name, Message problem, Throwable cause) {
    super(name + ": " + problem.text(), cause);
    this.status = Main.FAILED;
    this.problem = problem;
  }

  /** An input that cannot be read: its name, and what is wrong in the project's words. */
  static CliException unreadable(String name, Message problem, Throwable cause) {
    return new CliException(name, problem, cause);
  }

  /** What is wrong with an input, in the project's words, or {@code null} for other failures. */
  Message problem() {
    return problem;
  }

  /** The exit status: 1 for bad records, 2 for an input or a request the command cannot use. */
  int status() {
    return status;
  }
}
