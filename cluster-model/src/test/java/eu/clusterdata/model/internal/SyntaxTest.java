package eu.clusterdata.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scans that stand in for the frequent regexes give the regexes' answers. */
class SyntaxTest {

  private static final long SEED = 20261201L;

  @Test
  void codeScanAgreesWithTheCodePattern() {
    agree(Syntax.CODE, "az09-Z_ ", 0, 8, Syntax::isCode);
  }

  @Test
  void nutsScanAgreesWithTheNutsPattern() {
    agree(Syntax.NUTS, "ADZ09az-", 0, 7, Syntax::isNutsShape);
  }

  @Test
  void naceScansAgreeWithTheNacePatterns() {
    agree(Syntax.NACE_2, "AUVW0019.a", 0, 6, text -> Syntax.isNaceShape(text, 'U'));
    agree(Syntax.NACE_2_1, "AUVW0019.a", 0, 6, text -> Syntax.isNaceShape(text, 'V'));
  }

  @Test
  void knownCases() {
    assertEquals(true, Syntax.isCode("start-up-support"));
    assertEquals(false, Syntax.isCode("start--up"));
    assertEquals(false, Syntax.isCode("-a"));
    assertEquals(false, Syntax.isCode("a-"));
    assertEquals(false, Syntax.isCode(""));
    assertEquals(true, Syntax.isNutsShape("DEA1A"));
    assertEquals(false, Syntax.isNutsShape("D1"));
    assertEquals(false, Syntax.isNutsShape("DEA1AB"));
    assertEquals(true, Syntax.isNaceShape("62.01", 'U'));
    assertEquals(false, Syntax.isNaceShape("00.1", 'U'));
    assertEquals(true, Syntax.isNaceShape("V", 'V'));
    assertEquals(false, Syntax.isNaceShape("V", 'U'));
  }

  /** Every string of up to {@code maxLength} from {@code alphabet} a random walk meets. */
  private static void agree(
      Pattern pattern, String alphabet, int minLength, int maxLength, Predicate<String> scan) {
    Random random = new Random(SEED);
    for (int n = 0; n < 200_000; n++) {
      int length = minLength + random.nextInt(maxLength - minLength + 1);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String candidate = text.toString();
      assertEquals(
          pattern.matcher(candidate).matches(),
          scan.test(candidate),
          () -> "'" + candidate + "' (seed " + SEED + ")");
    }
  }
}
