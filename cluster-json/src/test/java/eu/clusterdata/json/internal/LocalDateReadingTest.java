package eu.clusterdata.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dates read by hand are the dates, and the refusals, of {@link LocalDate#parse}. */
class LocalDateReadingTest {

  @Test
  void theHandReadDateIsTheFormattersDate() {
    List<String> texts =
        List.of(
            "2026-12-07",
            "0000-01-01",
            "9999-12-31",
            "2024-02-29",
            "2023-02-29",
            "2026-04-31",
            "2026-00-10",
            "2026-13-01",
            "2026-01-00",
            "2026-1-01",
            "2026-01-1",
            "20260101",
            "2026/01/01",
            "+10000-01-01",
            "-0001-01-01",
            "2026-0a-01",
            "２０２６-01-01",
            "",
            "2026-01-01T00:00",
            " 2026-01-01");
    for (String text : texts) {
      check(text);
    }
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      String text =
          String.format(
              "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
      assertEquals(outcome(text), outcomeByHand(text), "seed " + seed + ": " + text);
    }
  }

  private static void check(String text) {
    assertEquals(outcome(text), outcomeByHand(text), text);
  }

  private static String outcome(String text) {
    try {
      return LocalDate.parse(text).toString();
    } catch (DateTimeException e) {
      return "refused";
    }
  }

  private static String outcomeByHand(String text) {
    try {
      return ScalarCodecs.localDate(text).toString();
    } catch (DateTimeException e) {
      return "refused";
    }
  }

  @Test
  void aRefusalIsADateTimeException() {
    assertThrows(DateTimeException.class, () -> ScalarCodecs.localDate("2026-02-30"));
  }
}
