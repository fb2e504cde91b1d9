package eu.clusterdata.cli;

import eu.clusterdata.model.problem.Message;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A command could not run: its input could not be read, or it was asked for something it cannot do
 * (exit status 2), or its input has records it cannot use without losing data (exit status 1). The
 * message says what, where and what to do, in the command's language: it is kept as the key of the
 * command line's {@link Words} and its arguments, and put into words when it is shown.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient @Nullable Message problem;
  private final String key;
  private final transient Object[] arguments;

  private CliException(
      int status,
      @Nullable Throwable cause,
      @Nullable Message problem,
      String key,
      @Nullable Object... arguments) {
    super(cause);
    this.status = status;
    this.problem = problem;
    this.key = key;
    this.arguments = arguments.clone();
  }

  /**
   * The command was asked for something it cannot do (exit status 2): the words under {@code key}
   * with {@code arguments}; an argument that is a {@link Message} is shown in the same language.
   */
  static CliException of(String key, @Nullable Object... arguments) {
    return new CliException(Main.FAILED, null, null, key, arguments);
  }

  /** As {@link #of(String, Object...)}, caused by {@code cause}. */
  static CliException because(
      @Nullable Throwable cause, String key, @Nullable Object... arguments) {
    return new CliException(Main.FAILED, cause, null, key, arguments);
  }

  /** The input has records the command cannot use without losing data (exit status 1). */
  static CliException badRecords(
      @Nullable Throwable cause, String key, @Nullable Object... arguments) {
    return new CliException(Main.ERRORS, cause, null, key, arguments);
  }

  /** An input that cannot be read: its name, and what is wrong in the project's words. */
  static CliException unreadable(String name, Message problem, @Nullable Throwable cause) {
    return new CliException(Main.FAILED, cause, problem, "named", name, problem);
  }

  /** What is wrong with an input, in the project's words, or {@code null} for other failures. */
  @Nullable Message problem() {
    return problem;
  }

  /** The exit status: 1 for bad records, 2 for an input or a request the command cannot use. */
  int status() {
    return status;
  }

  /** The message in the language of {@code words}. */
  String message(Words words) {
    Object[] shown = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      shown[i] =
          arguments[i] instanceof Message message
              ? message.text(words.locale())
              : arguments[i] instanceof Text text ? text.in(words) : arguments[i];
    }
    return words.get(key, shown);
  }

  /** The message in English, for logs and stack traces. */
  @Override
  public String getMessage() {
    return message(Words.of(Locale.ENGLISH));
  }

  /** An argument put into words only when shown, such as where a record is and why it is bad. */
  interface Text {
    String in(Words words);
  }
}
