package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The command line's words count: one profile, two profiles; ein Profil, zwei Profile. */
class WordsTest {

  private static final Words ENGLISH = Words.of(Locale.ENGLISH);
  private static final Words GERMAN = Words.of(Locale.GERMAN);

  @Test
  void oneAndManyInEnglish() {
    assertEquals("wrote 1 profile to x.ttl", ENGLISH.get("convert.wrote", 1, "x.ttl"));
    assertEquals("wrote 0 profiles to x.ttl", ENGLISH.get("convert.wrote", 0, "x.ttl"));
    assertEquals(
        "wrote 2 profiles to x.ttl; skipped 1 bad record",
        ENGLISH.get("convert.wrote.skipped", 2L, "x.ttl", 1L));
  }

  @Test
  void oneAndManyInGerman() {
    assertEquals(
        "1 Profil geschrieben: x.ttl; 3 fehlerhafte Datensätze übersprungen",
        GERMAN.get("convert.wrote.skipped", 1, "x.ttl", 3));
    assertEquals(
        "1 Profil geprüft (Regeln: core): 0 Fehler, 1 Warnung, 2 Hinweise, 0 nicht lesbar",
        GERMAN.get("summary.line", 1, "core", 0L, 1L, 2L, 0L));
  }

  @Test
  void aNumberGivenAsTextCountsAsMany() {
    assertEquals("1 rows", ENGLISH.get("query.rows", "1"));
  }
}
