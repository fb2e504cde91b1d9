package eu.clusterdata.model.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NaceRevision;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The lists in the jar are Eurostat's, row for row: the counts per level and some spot checks are
 * pinned here (taken from the staging area's README and files when they were copied), since a clone
 * of the project has no copy of the originals to compare with.
 */
class CodeListsTest {

  private static Map<Integer, Long> nutsLevels(NutsVersion version) {
    return NutsClassification.of(version).regions().stream()
        .collect(Collectors.groupingBy(NutsRegion::level, TreeMap::new, Collectors.counting()));
  }

  private static Map<Integer, Long> naceLevels(NaceRevision revision) {
    return NaceClassification.of(revision).activities().stream()
        .collect(Collectors.groupingBy(NaceActivity::level, TreeMap::new, Collectors.counting()));
  }

  @Test
  void nutsCountsPerLevelAreEurostats() {
    assertEquals(Map.of(0, 37L, 1, 162L, 2, 371L, 3, 1551L), nutsLevels(NutsVersion.NUTS_2021));
    assertEquals(Map.of(0, 37L, 1, 151L, 2, 333L, 3, 1382L), nutsLevels(NutsVersion.NUTS_2024));
  }

  @Test
  void naceCountsPerLevelAreEurostats() {
    assertEquals(Map.of(1, 21L, 2, 88L, 3, 272L, 4, 615L), naceLevels(NaceRevision.REV_2));
    assertEquals(Map.of(1, 22L, 2, 87L, 3, 287L, 4, 651L), naceLevels(NaceRevision.REV_2_1));
  }

  /**
   * The packed index of a code list answers as a set of its codes would: every code is found, and
   * so is nothing near one (a character more or less, another case, a neighbour letter, a non-ASCII
   * twin), over every code of every NUTS version.
   */
  @Test
  void lookUpsAnswerAsASetOfTheCodesWould() {
    for (NutsVersion version : NutsVersion.values()) {
      NutsClassification nuts = NutsClassification.of(version);
      java.util.Set<String> codes =
          nuts.regions().stream().map(r -> r.code().code()).collect(Collectors.toSet());
      for (String code : codes) {
        assertTrue(nuts.contains(NutsCode.of(code)), version + " " + code);
        String last = code.substring(code.length() - 1);
        for (String near :
            List.of(
                code + "0",
                code + "Z",
                code.substring(0, code.length() - 1),
                code.toLowerCase(Locale.ROOT),
                code.substring(0, code.length() - 1) + (char) (last.charAt(0) + 1),
                code.substring(0, code.length() - 1) + "Ä",
                code + code)) {
          NutsCode nearCode;
          try {
            nearCode = NutsCode.of(near);
          } catch (InvalidValueException notAShape) {
            assertFalse(codes.contains(near), version + " lists " + near + ", which is refused");
            continue;
          }
          assertEquals(codes.contains(near), nuts.contains(nearCode), version + " " + near);
        }
      }
    }
  }

  @Test
  void nutsSpotChecks() {
    NutsClassification nuts = NutsClassification.of(NutsVersion.NUTS_2024);
    assertEquals("Nordrhein-Westfalen", nuts.region(NutsCode.of("DEA")).orElseThrow().name());
    assertEquals("Detmold", nuts.region(NutsCode.of("DEA4")).orElseThrow().name());
    NutsRegion wuppertal = nuts.region(NutsCode.of("DEA1A")).orElseThrow();
    assertEquals("Wuppertal, Kreisfreie Stadt", wuppertal.name());
    assertEquals(3, wuppertal.level());
    assertEquals("Düsseldorf", nuts.parent(wuppertal.code()).orElseThrow().name());
    assertTrue(
        nuts.children(NutsCode.of("DEA")).stream().anyMatch(r -> r.name().equals("Detmold")));
    assertTrue(
        nuts.region(NutsCode.of("EL422")).orElseThrow().name().contains("Paros,  Syros"),
        "the source's double space is kept");
    assertFalse(nuts.contains(NutsCode.of("PT17")));
    assertTrue(NutsClassification.of(NutsVersion.NUTS_2021).contains(NutsCode.of("PT17")));
    assertTrue(nuts.region(NutsCode.of("DEZZZ")).orElseThrow().isExtraRegio());
  }

  @Test
  void theCorrespondenceNamesSuccessorsAndPredecessors() {
    NutsClassification nuts2024 = NutsClassification.of(NutsVersion.NUTS_2024);
    NutsClassification nuts2021 = NutsClassification.of(NutsVersion.NUTS_2021);
    assertEquals(
        List.of(NutsCode.of("PT1A"), NutsCode.of("PT1B")),
        nuts2024.counterparts(NutsCode.of("PT17")));
    assertEquals(List.of(NutsCode.of("NL361")), nuts2024.counterparts(NutsCode.of("NL332")));
    assertEquals(List.of(NutsCode.of("PT17")), nuts2021.counterparts(NutsCode.of("PT1A")));
    assertEquals(List.of(), nuts2024.counterparts(NutsCode.of("DEA1A")), "unchanged");
    assertEquals(List.of(), nuts2024.counterparts(NutsCode.of("UKC1")), "no successor");
  }

  @Test
  void naceSpotChecks() {
    NaceClassification rev21 = NaceClassification.of(NaceRevision.REV_2_1);
    NaceActivity programming = rev21.activity(NaceCode.rev21("62.10")).orElseThrow();
    assertEquals("Computer programming activities", programming.titleEn());
    assertEquals(4, programming.level());
    assertEquals(NaceCode.rev21("62.1"), programming.parent());
    assertNull(programming.titleDe(), "Rev. 2.1 German titles are not shipped");
    assertEquals("Computer programming activities", programming.title(Locale.GERMAN));
    NaceActivity rev2 =
        NaceClassification.of(NaceRevision.REV_2).activity(NaceCode.rev2("62.01")).orElseThrow();
    assertEquals("Programmierungstätigkeiten", rev2.title(Locale.GERMAN));
    assertFalse(rev21.contains(NaceCode.rev2("62.10")), "a code of the other revision");
    assertEquals(NaceCode.rev21("C"), rev21.activity(NaceCode.rev21("C")).orElseThrow().code());
  }

  @Test
  void suggestionsAreOfTheSameCountryAndLevel() {
    NutsClassification nuts = NutsClassification.of(NutsVersion.NUTS_2024);
    for (String wrong : List.of("DEZ9", "DE999", "DEA1Z")) {
      List<NutsCode> suggestions = nuts.suggestions(NutsCode.of(wrong));
      assertFalse(suggestions.isEmpty(), wrong);
      for (NutsCode suggestion : suggestions) {
        assertTrue(nuts.contains(suggestion), suggestion.code());
        assertEquals(wrong.length(), suggestion.code().length(), suggestion.code());
        assertTrue(suggestion.code().startsWith("DE"), suggestion.code());
      }
    }
    assertTrue(
        nuts.suggestions(NutsCode.of("DEA1Z")).stream().allMatch(c -> c.code().startsWith("DEA1")),
        "one character off: the siblings in Düsseldorf");
    assertEquals(
        NaceCode.rev21("62.10"),
        NaceClassification.of(NaceRevision.REV_2_1).suggestions(NaceCode.rev21("62.19")).get(0));
  }
}
