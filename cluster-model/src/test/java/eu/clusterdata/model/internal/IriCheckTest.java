package eu.clusterdata.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checking identifiers in a row, with the shared prefix skipped, gives each one's own answer. */
class IriCheckTest {

  private static final long SEED = 1201L;

  private static final List<String> STARTS =
      List.of(
          "https://example.org/",
          "https://example.org/a/b/",
          "https://example.org/a/b#",
          "https://example.org/a%2",
          "http://example.org",
          "https://exa mple.org/",
          "https://",
          "urn:x:",
          "https://example.org/a#b/",
          "https://ex.org:80/");

  private static final String CHARS = "ab/#%2F?=&ä[] :";

  @Test
  void aRowOfIdentifiersGetsTheAnswersOfSingleChecks() {
    Random random = new Random(SEED);
    IriCheck check = new IriCheck();
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder(STARTS.get(random.nextInt(STARTS.size())));
      int extra = random.nextInt(8);
      for (int i = 0; i < extra; i++) {
        text.append(CHARS.charAt(random.nextInt(CHARS.length())));
      }
      String iri = text.toString();
      assertEquals(
          IriValidator.isValid(iri), check.isValid(iri), () -> iri + " (seed " + SEED + ")");
    }
  }

  @Test
  void aSharedPrefixDoesNotHideALaterFault() {
    IriCheck check = new IriCheck();
    assertEquals(true, check.isValid("https://example.org/a/b/c"));
    assertEquals(false, check.isValid("https://example.org/a/b/c#d#e"));
    assertEquals(false, check.isValid("https://example.org/a/b/%zz"));
    assertEquals(false, check.isValid("https://example.org/a/b/ c"));
    assertEquals(true, check.isValid("https://example.org/a/b/ä")); // the parser accepts it
    assertEquals(true, check.isValid("https://example.org/a/x"));
  }
}
