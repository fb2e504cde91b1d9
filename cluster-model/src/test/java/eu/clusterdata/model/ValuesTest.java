package eu.clusterdata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.codes.HelixSector;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InnovationField;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.codes.TargetGroup;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.Money;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void iriFromNamespaceEncodesTheLocalId() {
    assertEquals(
        "https://data.example.org/member/Beispiel%20GmbH%20%26%20Co.%20KG",
        Iri.of("https://data.example.org/member/", "Beispiel GmbH & Co. KG").value());
    assertEquals(
        "https://data.example.org/member/M%C3%BCller",
        Iri.of("https://data.example.org/member/", "Müller").value());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Iri.of("https://data.example.org/member", "x"));
    assertEquals(
        "namespace must end in '/' or '#' so that local ids cannot merge with it: https://data.example.org/member",
        e.getMessage());
  }

  @Test
  void textIsOrderedByTagWhateverTheInsertionOrder() {
    MultilingualText a = MultilingualText.en("Plastics").with("de", "Kunststoff");
    MultilingualText b = MultilingualText.of(Map.of("de", "Kunststoff", "en", "Plastics"));
    assertEquals(a, b);
    assertEquals(List.of("de", "en"), a.languages());
    assertEquals("{de=Kunststoff, en=Plastics}", a.toString());
  }

  @Test
  void bestTextFallsBackInTagOrder() {
    MultilingualText text = MultilingualText.of(Map.of("fr", "Plasturgie", "de", "Kunststoff"));
    assertEquals("Kunststoff", text.best(List.of("en", "de")).orElseThrow());
    assertEquals("Kunststoff", text.best(List.of("en")).orElseThrow());
  }

  @Test
  void textRejectsNullKeysAndValues() {
    java.util.TreeMap<String, String> values = new java.util.TreeMap<>();
    values.put("de", null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new MultilingualText(values));
    assertEquals("text", e.getMessage());
  }

  @Test
  void nutsLevelsAndContainment() {
    assertEquals(0, NutsCode.of("DE").level());
    assertEquals(3, NutsCode.of("DEA11").level());
    assertTrue(NutsCode.of("DEA11").isWithin(NutsCode.of("DEA")));
    assertFalse(NutsCode.of("DEB1").isWithin(NutsCode.of("DEA")));
  }

  @Test
  void countryHasItsAlpha3ForEuAuthorityIris() {
    assertEquals("DEU", CountryCode.DE.alpha3());
    assertEquals("NLD", CountryCode.of("NL").alpha3());
  }

  @Test
  void dateRangeIncludesBothEnds() {
    DateRange range = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    assertTrue(range.contains(LocalDate.of(2025, 1, 1)));
    assertTrue(range.contains(LocalDate.of(2025, 12, 31)));
    assertFalse(range.contains(LocalDate.of(2026, 1, 1)));
    assertTrue(DateRange.ALWAYS.contains(LocalDate.of(1900, 1, 1)));
    assertEquals("2025-01-01/2025-12-31", range.toString());
    assertEquals("../..", DateRange.ALWAYS.toString());
  }

  @Test
  void codedEnumsRoundTripTheirCodes() {
    assertEquals("aerospace-and-defence", IndustrialEcosystem.AEROSPACE_AND_DEFENCE.code());
    assertEquals(
        Transformation.DEMOGRAPHIC_CHANGE,
        Coded.fromCode(Transformation.class, "demographic-change"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Coded.fromCode(LabelLevel.class, "platinum"));
    assertEquals(
        "unknown LabelLevel 'platinum', expected one of bronze, silver, gold", e.getMessage());
  }

  @Test
  void closedListsHaveTheSizesOfTheDomain() {
    assertEquals(14, IndustrialEcosystem.values().length);
    assertEquals(7, InnovationField.values().length);
    assertEquals(5, ServiceArea.values().length);
    assertEquals(4, Transformation.values().length);
    assertEquals(3, LabelLevel.values().length);
  }

  @Test
  void openCodesKnowWhetherTheyAreListed() {
    assertTrue(Technology.of("hydrogen").isListed());
    assertFalse(Technology.of("space-elevators").isListed());
    assertTrue(TargetGroup.of("startups").isListed());
    assertTrue(ServiceFormat.of("test-centre").isListed());
  }

  @Test
  void actorTypesCountForHelixSectors() {
    assertEquals(HelixSector.INDUSTRY, ActorType.INVESTOR.helixSector().orElseThrow());
    assertTrue(ActorType.INTERMEDIARY.helixSector().isEmpty());
  }

  @Test
  void extensionsAreDeepCopiedSortedAndPlainData() {
    java.util.Map<String, Object> nested = new java.util.HashMap<>();
    nested.put("b", new java.math.BigDecimal("1.50"));
    nested.put("a", null);
    java.util.List<Object> list = new java.util.ArrayList<>(List.of("x"));
    Extensions extensions =
        Extensions.of(Map.of("https://p.example/ns#z", list, "https://p.example/ns#m", nested));
    list.add("changed later");
    nested.put("c", "changed later");
    assertEquals(
        List.of("https://p.example/ns#m", "https://p.example/ns#z"),
        List.copyOf(extensions.values().keySet()));
    assertEquals(List.of("x"), extensions.values().get("https://p.example/ns#z"));
    assertEquals("{a=null, b=1.5}", extensions.values().get("https://p.example/ns#m").toString());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Extensions.NONE.with("https://p.example/ns#n", List.of(42)));
    assertEquals(
        "values.https://p.example/ns#n[0] is a java.lang.Integer; extension values are String, BigDecimal, Boolean, null, List or Map",
        e.getMessage());
  }

  @Test
  void listsWithoutOrderAreKeptSortedAndWithoutDuplicates() {
    ThematicFocus focus =
        ThematicFocus.NONE
            .withTechnologies(
                Technology.of("robotics"), Technology.of("hydrogen"), Technology.of("robotics"))
            .withSectors(NaceCode.rev21("62.10"), NaceCode.rev2("C"), NaceCode.rev2("21"));
    assertEquals(
        List.of(Technology.of("hydrogen"), Technology.of("robotics")), focus.technologies());
    assertEquals(
        List.of(NaceCode.rev2("21"), NaceCode.rev2("C"), NaceCode.rev21("62.10")), focus.sectors());
  }

  @Test
  void decimalsAreKeptInCanonicalFormSoThatEqualNumbersAreEqualValues() {
    assertEquals("1000 EUR", Money.euro(new java.math.BigDecimal("1E+3")).toString());
    assertEquals(0, Money.euro(new java.math.BigDecimal("1E+3")).amount().scale());
    assertEquals(1, Money.euro(new java.math.BigDecimal("12.50")).amount().scale());
    assertEquals(
        Money.euro(new java.math.BigDecimal("12.5")),
        Money.euro(new java.math.BigDecimal("12.50")));
    assertEquals(
        Money.euro(new java.math.BigDecimal("649574")),
        Money.euro(new java.math.BigDecimal("649574.0")));
    assertEquals("0 EUR", Money.euro(new java.math.BigDecimal("0.00")).toString());
  }

  @Test
  void repeatedCodesInASetAreOneCode() {
    assertEquals(
        java.util.Set.of(IndustrialEcosystem.DIGITAL),
        ThematicFocus.NONE
            .withEcosystems(IndustrialEcosystem.DIGITAL, IndustrialEcosystem.DIGITAL)
            .ecosystems());
  }

  @Test
  void theFastIriCheckAgreesWithTheParser() {
    for (String iri :
        List.of(
            "https://example.org/a",
            "http://x.example/b?c=d#e",
            "https://x.example/M%C3%BCller",
            "https://x.example",
            "https://x.example/a b",
            "https:/x.example/a",
            "http://",
            "https://x.example:8080/a",
            "https://user@x.example/a",
            "urn:isbn:123",
            "ftp://x.example/a",
            "https://x.example/ä",
            "https://x.example/a%zz",
            "https://x.example/a%2",
            "https://x.example/[a]",
            "https://x.example/a#b#c",
            "https://x.example/a?b=c&d=%20")) {
      boolean fast = eu.clusterdata.model.internal.IriValidatorAccess.isPlainHttp(iri);
      boolean parsed = eu.clusterdata.model.internal.IriValidatorAccess.isValidByParser(iri);
      assertTrue(!fast || parsed, "the scan accepts what the parser rejects: " + iri);
      assertEquals(parsed, eu.clusterdata.model.internal.IriValidatorAccess.isValid(iri), iri);
    }
  }
}
