package eu.clusterdata.io;

import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An input that cannot be read at all, said before any record: there is no such file, it is a
 * folder without CSV files, its format cannot be told, or its content is not in the format its name
 * (or an option) declares, such as a JSON array named {@code .jsonl}. The message names the input,
 * what is wrong and what to do.
 */
public class UnreadableInputException extends ClusterDataException {

  private static final long serialVersionUID = 1L;

  private final String input;

  /**
   * Creates the exception.
   *
   * @param code the kind of problem: {@code read.format}, {@code read.no-such-file}, {@code
   *     read.directory}, {@code read.io}
   * @param input the input's name as people know it, or empty
   * @param message what is wrong and what to do
   */
  public UnreadableInputException(String code, String input, Message message) {
    this(code, input, message, null);
  }

  UnreadableInputException(String code, String input, Message message, @Nullable Throwable cause) {
    super(
        code,
        input.isEmpty() ? Message.of("read.input") : Message.plain(input),
        List.of(new Problem(code, "", 0, 0, message)),
        cause);
    this.input = input;
  }

  /** Returns the input's name as people know it, or empty. */
  public String input() {
    return input;
  }
}
