package eu.clusterdata.review;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error with {@code application/problem+json} (RFC 9457) in the request's language:
 * the client's mistakes (an upload too large, a missing file, an unknown format, data that cannot
 * be converted) with their status, a title, the messages that say what and where, and the upload's
 * validation report where there is one; Spring's own (a wrong method, a missing part) as Spring
 * describes them. Only a fault of the application itself is a 500, and it says no more than that.
 */
@RestControllerAdvice
final class ProblemAdvice extends ResponseEntityExceptionHandler {

  /** Where the problem types are named: {@code .../problems/unknown-format}. */
  static final String TYPES = "https://clusterdata.eu/problems/";

  private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

  /** The most a file may have, as the upload limit says it: {@code 50 MB}, {@code 150 KB}. */
  private final String maxFileSize;

  ProblemAdvice(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
    this.maxFileSize = shown(maxFileSize);
  }

  /** A size as people read it: {@code 50 MB}, {@code 150 KB}. */
  static String shown(DataSize size) {
    return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
  }

  @ExceptionHandler(ReviewException.class)
  ResponseEntity<ProblemDetail> refused(ReviewException e, HttpServletRequest request) {
    return ResponseEntity.status(e.status()).body(problem(e, language(request)));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
    LOG.error("unexpected", e);
    ReviewException failed = ReviewException.of(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected");
    return ResponseEntity.internalServerError().body(problem(failed, language(request)));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ReviewException tooLarge =
        ReviewException.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", maxFileSize);
    Locale locale =
        request instanceof NativeWebRequest web
                && web.getNativeRequest() instanceof HttpServletRequest servlet
            ? Locale.forLanguageTag(CheckOptions.pick(servlet.getLocale()))
            : Locale.ENGLISH;
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(tooLarge, locale));
  }

  /** The problem a refusal is answered with. */
  static ProblemDetail problem(ReviewException e, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(e.status());
    problem.setType(URI.create(TYPES + e.type()));
    problem.setTitle(e.title(locale));
    problem.setDetail(e.detail(locale));
    if (!e.messages().isEmpty()) {
      problem.setProperty("errors", e.messages());
    }
    if (e.report() != null) {
      problem.setProperty("report", e.report());
    }
    return problem;
  }

  /**
   * The language of a request's answers: its {@code lang} parameter where it names one the
   * application speaks, else the browser's.
   */
  static Locale language(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    return Locale.forLanguageTag(
        lang != null && CheckOptions.LANGUAGES.contains(lang)
            ? lang
            : CheckOptions.pick(request.getLocale()));
  }
}
