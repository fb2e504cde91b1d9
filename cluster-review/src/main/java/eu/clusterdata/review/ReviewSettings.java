package eu.clusterdata.review;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The review application's settings ({@code clusterdata.review.*}). The upload limits are Spring's
 * ({@code spring.servlet.multipart.max-file-size}, 50 MB by default here); the limits on what an
 * upload holds (nesting, string length, a workbook's or archive's unpacked size) are the library's
 * own, the same as the command line's.
 *
 * @param token the access token every request must carry ({@code Authorization: Bearer TOKEN}, or
 *     the cookie the page sets when opened as {@code /?token=TOKEN}); required when the server
 *     listens on an address other than loopback
 */
@ConfigurationProperties("clusterdata.review")
public record ReviewSettings(@Nullable String token) {

  /** The settings; a blank token is none. */
  public ReviewSettings {
    if (token != null && token.isBlank()) {
      token = null;
    }
  }
}
