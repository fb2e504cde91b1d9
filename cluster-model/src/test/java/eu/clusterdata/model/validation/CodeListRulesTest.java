package eu.clusterdata.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Event;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.PartnershipInterest;
import eu.clusterdata.model.codes.InterestDirection;
import eu.clusterdata.model.codes.InterestKind;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Region and sector codes must exist in their official lists, not only have the right shape. */
class CodeListRulesTest {

  private static final ProfileValidator NUTS_2024 = TestProfiles.validator();
  private static final ProfileValidator NUTS_2021 =
      ProfileValidator.builder()
          .clock(
              java.time.Clock.fixed(
                  TestProfiles.TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                  java.time.ZoneOffset.UTC))
          .nutsVersion(NutsVersion.NUTS_2021)
          .build();

  private static ClusterProfile inRegion(String country, String region) {
    ClusterProfile profile = TestProfiles.valid();
    return profile.withOrganisation(
        profile.organisation().toBuilder()
            .location(Location.of(CountryCode.of(country), NutsCode.of(region)))
            .build());
  }

  private static List<Finding> findings(ProfileValidator validator, ClusterProfile profile) {
    return validator.validate(profile).findings().stream()
        .filter(
            f -> f.rule().code().startsWith("core.nuts") || f.rule().code().startsWith("core.nace"))
        .toList();
  }

  @Test
  void aRegionThatDoesNotExistIsAnErrorWithSuggestions() {
    for (String region : List.of("DEZ9", "DE999")) {
      List<Finding> findings = findings(NUTS_2024, inRegion("DE", region));
      assertEquals(1, findings.size(), findings.toString());
      Finding finding = findings.get(0);
      assertEquals(Rule.CORE_NUTS_UNKNOWN, finding.rule());
      assertEquals("organisation.location.region", finding.path());
      assertTrue(
          finding.message().startsWith(region + " is not a region of NUTS 2024; did you mean DE"),
          finding.message());
      assertTrue(
          finding.message(Locale.GERMAN).startsWith(region + " ist keine Region von NUTS 2024"),
          finding.message(Locale.GERMAN));
    }
    assertTrue(
        findings(NUTS_2024, inRegion("DE", "DEA1Z"))
            .get(0)
            .message()
            .contains("DEA11 (Düsseldorf, Kreisfreie Stadt)"),
        "suggestions carry their names");
  }

  @Test
  void aRegionOfTheOtherVersionIsAWarningNamingItsCounterparts() {
    List<Finding> lisbon = findings(NUTS_2024, inRegion("PT", "PT17"));
    assertEquals(1, lisbon.size(), lisbon.toString());
    assertEquals(Rule.CORE_NUTS_VERSION, lisbon.get(0).rule());
    assertEquals(Severity.WARNING, lisbon.get(0).severity());
    assertEquals(
        "PT17 is a region of NUTS 2021, not of NUTS 2024, which the profile is read against; in"
            + " NUTS 2024 it corresponds to PT1A (Grande Lisboa), PT1B (Península de Setúbal).",
        lisbon.get(0).message());

    List<Finding> back = findings(NUTS_2021, inRegion("PT", "PT1A"));
    assertTrue(
        back.get(0).message().endsWith("corresponds to PT17 (Área Metropolitana de Lisboa)."));

    List<Finding> uk = findings(NUTS_2024, inRegion("GB", "UKC1"));
    assertEquals(Rule.CORE_NUTS_VERSION, uk.get(0).rule());
    assertTrue(uk.get(0).message().endsWith("NUTS 2024 has no region that corresponds to it."));
  }

  @Test
  void theVersionAProfileNamesWinsOverTheValidatorsDefault() {
    ClusterProfile lisbon2021 = inRegion("PT", "PT17");
    ClusterProfile named =
        lisbon2021.toBuilder()
            .metadata(lisbon2021.metadata().withNutsVersion(NutsVersion.NUTS_2021))
            .build();
    assertEquals(List.of(), findings(NUTS_2024, named));
    ClusterProfile named2024 =
        named.toBuilder().metadata(named.metadata().withNutsVersion(NutsVersion.NUTS_2024)).build();
    assertEquals(Rule.CORE_NUTS_VERSION, findings(NUTS_2021, named2024).get(0).rule());
  }

  @Test
  void regionsOfInterestsAndEventsAreChecked() {
    ClusterProfile profile =
        TestProfiles.valid().toBuilder()
            .addInterest(
                PartnershipInterest.builder(
                        InterestDirection.REQUEST, InterestKind.of("market-access"))
                    .regions(NutsCode.of("DEA1Z"))
                    .build())
            .addEvent(
                Event.builder(TestProfiles.id("event"), MultilingualText.de("Dialog"))
                    .region(NutsCode.of("DE999"))
                    .regions(NutsCode.of("DEA1A"), NutsCode.of("DEA9"))
                    .build())
            .build();
    List<String> paths = findings(NUTS_2024, profile).stream().map(Finding::path).toList();
    assertEquals(
        List.of("events[0].region", "events[0].regions[1]", "interests[0].regions[0]"), paths);
  }

  @Test
  void regionsOfBothVersionsAndTheNrwDataPass() {
    assertEquals(List.of(), findings(NUTS_2024, inRegion("DE", "DEA1A")));
    assertEquals(List.of(), findings(NUTS_2021, inRegion("DE", "DEA1A")));
    assertEquals(List.of(), findings(NUTS_2024, TestProfiles.valid()));
  }

  @Test
  void aNaceCodeThatDoesNotExistIsAnErrorWithSuggestions() {
    ClusterProfile profile = TestProfiles.valid();
    ClusterProfile wrong =
        profile.withOrganisation(
            profile.organisation().toBuilder()
                .focus(profile.organisation().focus().withSectors(NaceCode.rev21("62.19")))
                .build());
    List<Finding> findings = findings(NUTS_2024, wrong);
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Rule.CORE_NACE_UNKNOWN, findings.get(0).rule());
    assertEquals("organisation.focus.sectors[0]", findings.get(0).path());
    assertTrue(
        findings
            .get(0)
            .message()
            .startsWith(
                "62.19 is not a code of NACE Rev. 2.1; did you mean 62.10 (Computer programming"
                    + " activities)"),
        findings.get(0).message());
  }
}
