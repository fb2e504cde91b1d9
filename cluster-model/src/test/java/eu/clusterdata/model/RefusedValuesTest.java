package eu.clusterdata.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values that can never be valid are refused when they are made (issue 33), with the rule they
 * break and a message that names the value, so that no writer is ever handed one.
 */
class RefusedValuesTest {

  static Stream<Arguments> refused() {
    return Stream.of(
        refused("core.iri", "www.example.org", () -> Iri.of("www.example.org")),
        refused("core.iri", "cluster/relative", () -> Iri.of("cluster/relative")),
        refused("core.iri", "https://x.org/a b", () -> Iri.of("https://x.org/a b")),
        refused("core.iri", "ftp://example.org/x", () -> Iri.of("ftp://example.org/x")),
        refused("core.nuts", "hello world", () -> NutsCode.of("hello world")),
        refused("core.nuts", "DEA-1", () -> NutsCode.of("DEA-1")),
        refused("core.nuts", "dea1", () -> NutsCode.of("dea1")),
        refused("core.nace", "V", () -> NaceCode.rev2("V")),
        refused("core.nace", "21.100", () -> NaceCode.rev2("21.100")),
        refused("core.nace", "99 99", () -> NaceCode.rev21("99 99")),
        refused("core.country", "XX", () -> CountryCode.of("XX")),
        refused("core.country", "de", () -> CountryCode.of("de")),
        refused(
            "core.code", "Artificial Intelligence", () -> Technology.of("Artificial Intelligence")),
        refused("core.code", "-sme", () -> MemberType.of("-sme")),
        refused("core.text.empty", "", () -> MultilingualText.of(Map.of())),
        refused("core.text.language", "de_DE", () -> MultilingualText.of("de_DE", "Testcluster")),
        refused("core.text.language", "", () -> MultilingualText.of("", "Testcluster")),
        refused(
            "core.language-tag",
            "en_GB",
            () ->
                new ProfileMetadata(
                    Instant.EPOCH, Instant.EPOCH, null, List.of(), List.of("en_GB"))),
        refused(
            "core.impulse.code",
            "I 07",
            () -> new ImpulseUptake("I 07", ImpulseStatus.PLANNED, null, null)));
  }

  private static Arguments refused(String code, String value, Supplier<Object> make) {
    return Arguments.of(code, value, make);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @MethodSource("refused")
  void isRefusedWithItsRuleAndTheValue(String code, String value, Supplier<Object> make) {
    InvalidValueException e = assertThrows(InvalidValueException.class, make::get);
    assertEquals(code, e.code());
    assertEquals(Message.of(code, value).text(Locale.ENGLISH), e.getMessage());
    assertEquals(Message.of(code, value).text(Locale.GERMAN), e.reason().text(Locale.GERMAN));
  }

  @Test
  void theMessageNamesTheValueAndTheRule() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Iri.of("https://x.org/a b"));
    assertEquals(
        "\"https://x.org/a b\" is not an absolute http, https or urn IRI; identifiers and web"
            + " addresses must be, for example https://www.example.org/.",
        e.getMessage());
    assertEquals(
        "„https://x.org/a b“ ist keine absolute http-, https- oder urn-IRI; Kennungen und"
            + " Webadressen müssen das sein, z. B. https://www.example.org/.",
        e.reason().text(Locale.GERMAN));
  }

  @Test
  void languageTagsAreKeptInTheCaseBcp47RecommendsAsRdfStoresKeepThem() {
    // The pairs are what Jena gives back for the tag on the left (issue 33: case carries no
    // meaning, and a store that changes it must not change the profile).
    Map<String, String> canonical =
        Map.of(
            "DE", "de",
            "en-us", "en-US",
            "zh-hant-tw", "zh-Hant-TW",
            "EN-gb", "en-GB",
            "de-DE-u-CO-phonebk", "de-DE-u-co-phonebk",
            "en-a-bbb-x-A-CCC", "en-a-bbb-x-a-ccc",
            "es-419", "es-419",
            "x-Klingon", "x-klingon");
    canonical.forEach(
        (given, kept) -> {
          assertEquals(List.of(kept), MultilingualText.of(given, "Text").languages(), given);
          assertEquals(kept, MultilingualText.canonicalTag(given));
        });
    assertEquals("Text", MultilingualText.of("en-US", "Text").get("EN-us").orElseThrow());
    assertEquals(
        "core.text.language.twice",
        assertThrows(
                InvalidValueException.class,
                () -> MultilingualText.of(Map.of("en-US", "a", "en-us", "b")))
            .code());
  }

  @Test
  void irregularGrandfatheredTagsAreRefusedForTheirPreferredValues() {
    // Deprecated by RFC 5646, each with a preferred value, and dropped by JSON-LD processors.
    for (String tag : List.of("i-klingon", "en-GB-oed", "sgn-BE-FR")) {
      assertEquals(
          "core.text.language",
          assertThrows(InvalidValueException.class, () -> MultilingualText.of(tag, "x")).code());
    }
    assertDoesNotThrow(() -> MultilingualText.of("tlh", "x"));
    assertDoesNotThrow(() -> MultilingualText.of("art-lojban", "x"));
  }

  @Test
  void wellFormedButUnlistedCodesAreAcceptedForTheRulesToReport() {
    // Whether a code is listed changes between versions of a list: that is a finding, not this.
    assertDoesNotThrow(() -> NutsCode.of("DEZ9"));
    assertDoesNotThrow(() -> NaceCode.rev2("99.99"));
    assertDoesNotThrow(() -> Technology.of("space-elevators"));
    assertDoesNotThrow(() -> new ImpulseUptake("I99", ImpulseStatus.PLANNED, null, null));
    assertDoesNotThrow(() -> MultilingualText.of("de-CH-1996", " "));
    assertDoesNotThrow(() -> Iri.of("urn:eccp:cluster:42"));
  }
}
