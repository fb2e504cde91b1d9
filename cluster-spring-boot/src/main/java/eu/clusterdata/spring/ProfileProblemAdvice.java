package eu.clusterdata.spring;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.InvalidProfileException;
import eu.clusterdata.model.validation.Severity;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * Answers a client's mistake with a profile as an RFC 9457 problem detail ({@code
 * application/problem+json}), never with a stack trace or a 500, in the language of the request's
 * {@code Accept-Language} (English or German):
 *
 * <ul>
 *   <li>a request body the library cannot read (broken syntax, the wrong shape, a value that can
 *       never be valid, no profile or more than one): {@code 400}, type {@link #UNREADABLE}, with
 *       every problem's code, path, line, column and message under {@code problems};
 *   <li>a profile the {@linkplain eu.clusterdata.model.validation.IntegrityPolicy integrity policy}
 *       refuses ({@link InvalidProfileException}, from a {@code @Valid} body or from the store's
 *       {@code put} and {@code replace}): {@code 422} by default ({@code
 *       clusterdata.web.findings-status}), type {@link #FINDINGS}, with every finding's rule,
 *       severity, path and message under {@code findings}.
 * </ul>
 *
 * <p>It comes last ({@link Ordered#LOWEST_PRECEDENCE}): an application's own handlers of these
 * exceptions win, and a body that is not a profile is left to Spring's own handling.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProfileProblemAdvice {

  /** The problem type of a request body that cannot be read as a profile. */
  public static final URI UNREADABLE =
      URI.create("https://clusterdata.eu/problems/unreadable-profile");

  /** The problem type of a profile that breaks the rules. */
  public static final URI FINDINGS = URI.create("https://clusterdata.eu/problems/profile-findings");

  private final HttpStatusCode findingsStatus;

  /** Answers refused profiles with {@code clusterdata.web.findings-status} (422 by default). */
  public ProfileProblemAdvice(ClusterDataProperties properties) {
    this.findingsStatus = HttpStatusCode.valueOf(properties.getWeb().getFindingsStatus());
  }

  /** The problem detail of a body that cannot be read as a profile. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(
      HttpMessageNotReadableException e, HandlerMethod handler) {
    ClusterDataException cause = libraryCause(e);
    if (cause == null && takesProfile(handler)) {
      // Spring refuses an empty body before any converter reads it: the input holds no profile.
      cause =
          new ClusterDataException(
              "read.empty",
              List.of(new Problem("read.empty", "", 0, 0, Message.of("read.empty"))),
              e);
    }
    if (cause == null) {
      throw e; // not a profile: Spring's own handling
    }
    Locale locale = locale();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(UNREADABLE);
    problem.setTitle(text(locale, "The profile cannot be read", "Das Profil ist nicht lesbar"));
    problem.setDetail(cause.message(locale));
    problem.setProperty("code", cause.code());
    problem.setProperty(
        "problems", cause.problems().stream().map(p -> problem(p, locale)).toList());
    return answer(HttpStatus.BAD_REQUEST, problem);
  }

  /** The problem detail of a profile that breaks the rules. */
  @ExceptionHandler(InvalidProfileException.class)
  public ResponseEntity<ProblemDetail> findings(InvalidProfileException e) {
    Locale locale = locale();
    List<Finding> findings = e.findings();
    ProblemDetail problem = ProblemDetail.forStatus(findingsStatus);
    problem.setType(FINDINGS);
    problem.setTitle(text(locale, "The profile does not conform", "Das Profil ist nicht konform"));
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    problem.setDetail(e.message(locale));
    problem.setProperty("profile", e.profile().value());
    problem.setProperty("errors", errors);
    problem.setProperty(
        "findings",
        findings.stream()
            .map(
                f -> {
                  Map<String, Object> finding = new LinkedHashMap<>();
                  finding.put("rule", f.rule().code());
                  finding.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
                  finding.put("path", f.path());
                  finding.put("message", f.message(locale));
                  return finding;
                })
            .toList());
    return answer(findingsStatus, problem);
  }

  private static Map<String, Object> problem(Problem p, Locale locale) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("code", p.code());
    problem.put("path", p.path());
    problem.put("line", p.line());
    problem.put("column", p.column());
    problem.put("message", p.message().text(locale));
    return problem;
  }

  private static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, ProblemDetail body) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  /** Whether the handler takes a profile as its request body. */
  private static boolean takesProfile(HandlerMethod handler) {
    if (handler == null) {
      return false;
    }
    for (MethodParameter parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(RequestBody.class)
          && ClusterProfile.class.isAssignableFrom(parameter.getParameterType())) {
        return true;
      }
    }
    return false;
  }

  /** The library's exception among the causes, or {@code null}. */
  private static @Nullable ClusterDataException libraryCause(Throwable e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ClusterDataException library) {
        return library;
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return null;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale().getLanguage().equals("de")
        ? Locale.GERMAN
        : Locale.ENGLISH;
  }

  private static String text(Locale locale, String english, String german) {
    return locale.getLanguage().equals("de") ? german : english;
  }
}
