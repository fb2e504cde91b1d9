package eu.clusterdata.review;

import java.util.List;
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
 * @param maxRecords the most records one upload may hold (20,000 by default): an upload with more
 *     is refused as a whole, and reading it stops there
 */
@ConfigurationProperties("clusterdata.review")
public record ReviewSettings(@Nullable String token, long maxRecords) {

  /** The default of {@link #maxRecords}: more than a 50 MB upload of small profiles holds. */
  public static final long MAX_RECORDS = 20_000;

  /** The settings; a blank token is none, and no limit on records is the default one. */
  public ReviewSettings {
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (maxRecords <= 0) {
      maxRecords = MAX_RECORDS;
    }
  }

  /** The command line's option that sets the limit on records. */
  List<String> limitArgs() {
    return List.of("--limit", "records=" + maxRecords);
  }
}
