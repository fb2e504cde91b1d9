package eu.clusterdata.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every response carries and every request must show. Every response: a content security
 * policy that lets the page load only what the server itself serves (no CDN, no inline script, no
 * frames), no content sniffing, no referrer. With an access token configured, every request: {@code
 * Authorization: Bearer TOKEN}, or the cookie the page sets when opened as {@code /?token=TOKEN};
 * without it, a 401 problem.
 */
@Component
final class AccessFilter extends OncePerRequestFilter {

  /** The policy: scripts and styles from this server only (styles inline too, for the charts). */
  static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data: blob:; connect-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  static final String COOKIE = "clusterdata-token";

  private final @Nullable String token;

  AccessFilter(ReviewSettings settings) {
    this.token = settings.token();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    if (token != null) {
      String given = request.getMethod().equals("GET") ? request.getParameter("token") : null;
      if (given != null && same(given, token)) {
        response.addHeader(
            HttpHeaders.SET_COOKIE,
            ResponseCookie.from(COOKIE, token)
                .httpOnly(true)
                .sameSite("Strict")
                .secure(request.isSecure())
                .path("/")
                .build()
                .toString());
      } else if (!shown(request)) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        response.setContentType("application/problem+json");
        ProblemDetail problem =
            ProblemAdvice.problem(
                ReviewException.of(HttpStatus.UNAUTHORIZED, "token"),
                Locale.forLanguageTag(CheckOptions.pick(request.getLocale())));
        response.getOutputStream().write(problemJson(problem).getBytes(StandardCharsets.UTF_8));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The problem as JSON, written here since a filter answers before Spring's converters. */
  private static String problemJson(ProblemDetail problem) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", String.valueOf(problem.getType()));
    json.put("title", problem.getTitle());
    json.put("status", problem.getStatus());
    json.put("detail", problem.getDetail());
    return new ObjectMapper().writeValueAsString(json);
  }

  private boolean shown(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null
        && header.startsWith("Bearer ")
        && same(header.substring(7).strip(), token)) {
      return true;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (cookie.getName().equals(COOKIE) && same(cookie.getValue(), token)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Compares in constant time: how long a comparison takes says nothing of the token. */
  private static boolean same(String given, @Nullable String expected) {
    return expected != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
