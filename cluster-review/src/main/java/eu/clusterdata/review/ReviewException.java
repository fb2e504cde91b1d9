package eu.clusterdata.review;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request the application cannot answer as asked, because of what the client sent: answered with
 * {@code application/problem+json} ({@link ProblemAdvice}) of this status, a title and detail in
 * the request's language ({@code problems.properties} beside this class, by the problem's type),
 * the messages of the command that refused (what and where), and the upload's validation report
 * where there is one.
 */
final class ReviewException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String type;
  private final transient List<Object> arguments;
  private final transient List<String> messages;
  private final transient @Nullable Map<?, ?> report;

  private ReviewException(
      HttpStatus status,
      String type,
      List<Object> arguments,
      List<String> messages,
      @Nullable Map<?, ?> report) {
    super(type + " " + arguments);
    this.status = status;
    this.type = type;
    this.arguments = List.copyOf(arguments);
    this.messages = List.copyOf(messages);
    this.report = report;
  }

  /**
   * A problem of this type, whose title and detail take these arguments.
   *
   * @param type the problem's short name, the last part of its type URI and its key in {@code
   *     problems.properties}: {@code unknown-format}
   */
  static ReviewException of(HttpStatus status, String type, Object... arguments) {
    return new ReviewException(status, type, List.of(arguments), List.of(), null);
  }

  /** The same problem with what the command that refused said, one message each. */
  ReviewException saying(List<String> said) {
    return new ReviewException(status, type, arguments, said, report);
  }

  /** The same problem with the validation report (JSON) of the upload that could not be used. */
  ReviewException withReport(Map<?, ?> validation) {
    return new ReviewException(status, type, arguments, messages, validation);
  }

  HttpStatus status() {
    return status;
  }

  String type() {
    return type;
  }

  /** The title, in the language of {@code locale}. */
  String title(Locale locale) {
    return text(type, locale);
  }

  /**
   * The detail, in the language of {@code locale}: what to do, or the messages; null if neither.
   */
  @Nullable String detail(Locale locale) {
    if (!messages.isEmpty()) {
      return String.join("\n", messages);
    }
    try {
      return text(type + ".detail", locale);
    } catch (MissingResourceException none) {
      return null;
    }
  }

  List<String> messages() {
    return messages;
  }

  @Nullable Map<?, ?> report() {
    return report;
  }

  private String text(String key, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle("eu.clusterdata.review.problems", locale);
    return new MessageFormat(bundle.getString(key), locale).format(arguments.toArray());
  }
}
