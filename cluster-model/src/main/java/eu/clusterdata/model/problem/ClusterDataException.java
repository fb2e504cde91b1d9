package eu.clusterdata.model.problem;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of the exceptions the library throws for input it cannot read or a store it cannot use:
 * the JSON, RDF and store modules' exceptions are all of this type. Besides its message, each gives
 * its {@linkplain #problems() problems} as data (a code, where: a path, a line and a column, and a
 * {@link Message} that renders in English or German), so that a caller in another module reports
 * them without parsing the message.
 */
public class ClusterDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient List<Problem> problems;
  private final transient @Nullable Message subject;

  /**
   * Creates an exception with one problem of {@code code} that is this text, in one language only.
   *
   * @param code the kind of problem, such as {@code store}
   * @param message what went wrong and where, in words
   * @param cause the underlying exception, or {@code null}
   */
  public ClusterDataException(String code, String message, @Nullable Throwable cause) {
    this(code, List.of(new Problem(code, "", 0, 0, Message.plain(message))), cause);
  }

  /**
   * Creates an exception with these problems; its message is theirs, in English.
   *
   * @param code the kind of problem, such as {@code json.shape}
   * @param problems the problems, in input order; at least one
   * @param cause the underlying exception, or {@code null}
   */
  public ClusterDataException(String code, List<Problem> problems, @Nullable Throwable cause) {
    super(describe(problems, Locale.ENGLISH), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.problems = List.copyOf(problems);
    this.subject = null;
    if (this.problems.isEmpty()) {
      throw new IllegalArgumentException("an exception needs at least one problem");
    }
  }

  /**
   * Creates an exception whose message is {@code subject}, a colon and its problems: {@code
   * https://example.org/c is not valid: ...}.
   *
   * @param code the kind of problem, such as {@code profile.invalid}
   * @param subject what the problems are about, in words
   * @param problems the problems, in input order; at least one
   * @param cause the underlying exception, or {@code null}
   */
  protected ClusterDataException(
      String code, Message subject, List<Problem> problems, @Nullable Throwable cause) {
    super(subject.text(Locale.ENGLISH) + ": " + describe(problems, Locale.ENGLISH), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.problems = List.copyOf(problems);
    this.subject = subject;
    if (this.problems.isEmpty()) {
      throw new IllegalArgumentException("an exception needs at least one problem");
    }
  }

  /**
   * Returns the kind of problem: {@code json.syntax}, {@code json.limit}, {@code json.shape},
   * {@code json.version}, {@code rdf.syntax}, {@code rdf.mapping}, {@code rdf.limit}, {@code
   * rdf.no-profile}, {@code profile.invalid}, {@code store}.
   */
  public String code() {
    return code;
  }

  /** Returns the problems, in input order; at least one. */
  public List<Problem> problems() {
    return problems;
  }

  /** Returns the message in the language of {@code locale}: German for German, else English. */
  public String message(Locale locale) {
    String problems = describe(this.problems, locale);
    return subject == null ? problems : subject.text(locale) + ": " + problems;
  }

  private static String describe(List<Problem> problems, Locale locale) {
    if (problems.size() == 1) {
      return problems.get(0).text(locale);
    }
    StringBuilder text =
        new StringBuilder(Message.of("problem.count", problems.size()).text(locale));
    String separator = ": ";
    for (Problem problem : problems) {
      text.append(separator).append(problem.text(locale));
      separator = "; ";
    }
    return text.toString();
  }
}
