package eu.clusterdata.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The check of an extension's name says what the JSON Schema's pattern says, for names drawn from
 * the characters that decide it (letters, digits, {@code +.-}, colons, every kind of white space,
 * letters beyond ASCII).
 */
class NamespacedNameTest {

  private static final Pattern SCHEMA = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$");

  private static final String ALPHABET = "aZ09+.-:_/ \t\n\u000B\f\r\u00A0\u2028\u3000éß";

  @Test
  void theCheckAgreesWithTheSchemasPattern() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder name = new StringBuilder();
      for (int length = random.nextInt(7); length > 0; length--) {
        name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = name.toString();
      assertEquals(
          SCHEMA.matcher(text).matches(),
          RecordCodec.namespaced(text),
          () -> "seed " + seed + ", name \"" + text + "\"");
    }
  }

  @Test
  void namesAnExtensionHasOrNot() {
    assertEquals(true, RecordCodec.namespaced("x-platform:rating"));
    assertEquals(true, RecordCodec.namespaced("https://example.org/terms#rating"));
    assertEquals(false, RecordCodec.namespaced("rating"));
    assertEquals(false, RecordCodec.namespaced("x:"));
    assertEquals(false, RecordCodec.namespaced("1x:y"));
    assertEquals(false, RecordCodec.namespaced("x:a b"));
  }
}
