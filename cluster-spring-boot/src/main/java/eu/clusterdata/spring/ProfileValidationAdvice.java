package eu.clusterdata.spring;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.Severity;
import eu.clusterdata.model.validation.ValidationReport;
import jakarta.validation.Valid;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks a {@code @Valid} (or {@code @Validated}) {@code @RequestBody ClusterProfile} with the
 * application's {@link ProfileValidator}, and answers a profile with errors with {@code 422} and an
 * RFC 9457 problem detail ({@code application/problem+json}) that lists every finding: rule,
 * severity, JSON path and message, in the language of the request's {@code Accept-Language}
 * (English or German).
 */
@ControllerAdvice
public class ProfileValidationAdvice extends RequestBodyAdviceAdapter {

  /** The problem type of a profile that breaks the rules. */
  public static final URI TYPE = URI.create("https://clusterdata.eu/problems/profile-findings");

  private final ProfileValidator validator;

  public ProfileValidationAdvice(ProfileValidator validator) {
    this.validator = validator;
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return ClusterProfile.class.isAssignableFrom(parameter.getParameterType())
        && (parameter.hasParameterAnnotation(Valid.class)
            || parameter.hasParameterAnnotation(Validated.class));
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    ValidationReport report = validator.validate((ClusterProfile) body);
    if (!report.errors().isEmpty()) {
      throw new ProfileFindingsException(report);
    }
    return body;
  }

  /** The problem detail of a profile with errors. */
  @ExceptionHandler(ProfileFindingsException.class)
  public ResponseEntity<ProblemDetail> findings(ProfileFindingsException e) {
    Locale locale = LocaleContextHolder.getLocale();
    boolean german = locale.getLanguage().equals("de");
    List<Finding> findings = e.report().findings();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    problem.setType(TYPE);
    problem.setTitle(german ? "Das Profil ist nicht konform" : "The profile does not conform");
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    problem.setDetail(
        german
            ? errors + " Fehler; jeder Befund steht unter findings."
            : errors + (errors == 1 ? " error" : " errors") + "; every finding is under findings.");
    problem.setProperty(
        "findings",
        findings.stream()
            .map(
                f -> {
                  Map<String, Object> finding = new LinkedHashMap<>();
                  finding.put("rule", f.rule().code());
                  finding.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
                  finding.put("path", f.path());
                  finding.put("message", f.message(german ? Locale.GERMAN : Locale.ENGLISH));
                  return finding;
                })
            .toList());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** A request body that breaks the rules, with its report. */
  public static final class ProfileFindingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ValidationReport report;

    ProfileFindingsException(ValidationReport report) {
      super(report.errors().size() + " errors in the profile of the request body");
      this.report = report;
    }

    public ValidationReport report() {
      return report;
    }
  }
}
