package eu.clusterdata.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scan that accepts plain {@code http(s)} identifiers without the parser gives the parser's
 * answer, and the parser's host, over seeded random identifiers near the edges of what it accepts.
 */
class IriScanTest {

  private static final long SEED = 1201L;

  private static final List<String> STARTS =
      List.of(
          "https://",
          "http://",
          "https:/",
          "htp://",
          "urn:x:",
          "https://example.org",
          "https://example.org/a/b/",
          "http://ex-1.example",
          "HTTPS://example.org/");

  private static final String CHARS = "aZ09.-/#%2F?=&ä[] :@_~";

  @Test
  void theScanGivesTheParsersAnswerAndHost() {
    Random random = new Random(SEED);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder(STARTS.get(random.nextInt(STARTS.size())));
      int extra = random.nextInt(10);
      for (int i = 0; i < extra; i++) {
        text.append(CHARS.charAt(random.nextInt(CHARS.length())));
      }
      String iri = text.toString();
      boolean parsed = IriValidator.isValidByParser(iri);
      if (IriValidator.isPlainHttp(iri)) {
        assertEquals(true, parsed, () -> "the scan accepts " + iri + " (seed " + SEED + ")");
      }
      assertEquals(parsed, IriValidator.isValid(iri), () -> iri + " (seed " + SEED + ")");
      assertEquals(hostByParser(iri), IriValidator.host(iri), () -> iri + " (seed " + SEED + ")");
    }
  }

  private static String hostByParser(String iri) {
    try {
      return new URI(iri).getHost();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
