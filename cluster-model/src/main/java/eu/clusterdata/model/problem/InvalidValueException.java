package eu.clusterdata.model.problem;

import java.util.Locale;
import java.util.Objects;

/**
 * A value that can never be valid, refused when it is made: an identifier that is not an absolute
 * IRI, a NUTS or NACE code of the wrong shape, a language tag that is not BCP 47, a text with no
 * entry. No writer could write such a value in a form its reader reads back, so the model never
 * holds one; readers turn this exception into a problem at the value's location.
 *
 * <p>Whether a well-formed code is <em>listed</em> (a region of NUTS 2024, a class of NACE Rev.
 * 2.1) is not checked here: lists change between versions, so that is a validation rule.
 *
 * <pre>{@code
 * Iri.of("cluster/relative");   // InvalidValueException: "cluster/relative" is not an absolute ...
 * }</pre>
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient Message reason;

  /**
   * Creates the exception.
   *
   * @param code the rule the value breaks, as its message key: {@code core.iri}, {@code core.nuts}
   * @param value the value as given
   */
  public InvalidValueException(String code, String value) {
    this(code, Message.of(code, value));
  }

  private InvalidValueException(String code, Message reason) {
    super(reason.text(Locale.ENGLISH));
    this.code = Objects.requireNonNull(code, "code");
    this.reason = reason;
  }

  /** Returns the rule the value breaks, such as {@code core.iri}. */
  public String code() {
    return code;
  }

  /** Returns what is wrong, to be rendered in the reader's language. */
  public Message reason() {
    return reason;
  }
}
