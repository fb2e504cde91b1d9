package eu.clusterdata.model;

import java.util.List;
import java.util.Objects;

/**
 * The root of the exceptions the library throws for input it cannot read or a store it cannot use:
 * the JSON, RDF and store modules' exceptions are all of this type. Besides its message, each gives
 * its {@linkplain #problems() problems} as data (a code, and where: a path, a line and a column),
 * so that a caller in another module reports them without parsing the message.
 */
public class ClusterDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates an exception.
   *
   * @param code the kind of problem, such as {@code json.syntax}
   * @param message what went wrong and where, in words
   * @param cause the underlying exception, or {@code null}
   */
  public ClusterDataException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Returns the kind of problem: {@code json.syntax}, {@code json.limit}, {@code json.shape},
   * {@code json.version}, {@code rdf.syntax}, {@code rdf.mapping}, {@code rdf.limit}, {@code
   * store}.
   */
  public String code() {
    return code;
  }

  /**
   * Returns the problems, in input order; at least one. This default gives one problem with the
   * exception's code and message and no position; subclasses that know where give that.
   */
  public List<Problem> problems() {
    return List.of(new Problem(code, "", 0, 0, getMessage()));
  }
}
