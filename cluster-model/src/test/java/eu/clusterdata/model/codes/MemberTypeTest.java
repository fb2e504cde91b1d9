package eu.clusterdata.model.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one member typology: actors (type and company size) meet member counts (member type). */
class MemberTypeTest {

  @Test
  void everyActorTypeAndSizeCountsAsAListedMemberTypeOfItsSector() {
    for (ActorType actor : ActorType.values()) {
      for (CompanySize size : CompanySize.values()) {
        MemberType type = MemberType.of(actor, size).orElseThrow();
        assertTrue(type.isListed(), actor + " " + size + " counts as unlisted " + type);
        assertEquals(actor.helixSector(), type.helixSector(), actor + " " + size);
      }
    }
    assertEquals(
        List.of("start-up", "sme", "large-company"),
        List.of(CompanySize.values()).stream()
            .map(size -> MemberType.of(ActorType.COMPANY, size).orElseThrow().code())
            .toList());
    assertEquals(Optional.empty(), MemberType.of(ActorType.COMPANY, null), "a company of no size");
    assertEquals(
        Optional.of(MemberType.UNIVERSITY), MemberType.of(ActorType.UNIVERSITY, null), "no size");
  }

  @Test
  void listedTypesHaveEnglishAndGermanTitlesAndUnlistedNone() {
    for (String code : MemberType.listedCodes()) {
      var title = MemberType.of(code).title().orElseThrow();
      assertTrue(title.get("en").isPresent() && title.get("de").isPresent(), code);
    }
    assertEquals(
        "Kleines oder mittleres Unternehmen (KMU)",
        MemberType.SME.title().orElseThrow().get("de").orElseThrow());
    assertEquals(Optional.empty(), MemberType.of("craft-firm").title());
    assertEquals("sme", MemberType.listedCodes().stream().skip(1).findFirst().orElseThrow());
  }

  @Test
  void aCountOfCompaniesSaysToCountThemBySize() {
    ClusterProfile profile =
        TestProfiles.valid().toBuilder()
            .addMemberCount(MemberCount.of(MemberType.of("company"), 12, null))
            .addMemberCount(MemberCount.of(MemberType.of("craft-firm"), 3, null))
            .build();
    List<Finding> unlisted =
        TestProfiles.validator().validate(profile).findings(Rule.CORE_CODE_UNLISTED);
    assertEquals(2, unlisted.size(), unlisted.toString());
    String company = unlisted.get(0).message(Locale.ENGLISH);
    assertTrue(
        company.contains("is an actor type") && company.contains("start-up, sme or large-company"),
        company);
    assertTrue(
        unlisted.get(0).message(Locale.GERMAN).contains("ist eine Akteursart"),
        unlisted.toString());
    assertTrue(
        unlisted.get(1).message(Locale.ENGLISH).contains("not in the reference list"),
        unlisted.toString());
  }
}
