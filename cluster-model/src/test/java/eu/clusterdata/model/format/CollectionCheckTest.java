package eu.clusterdata.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.value.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CollectionCheckTest {

  private static ClusterProfile other(ClusterProfile profile, String id) {
    return profile.withOrganisation(
        profile.organisation().toBuilder().id(TestProfiles.id(id)).build());
  }

  @Test
  void aSecondProfileWithTheSameOrganisationNamesTheFirstRecord() {
    CollectionCheck check = new CollectionCheck();
    ClusterProfile profile = TestProfiles.valid();
    assertEquals(List.of(), check.check(profile, 1, 1));
    assertEquals(List.of(), check.check(other(profile, "second"), 2, 2));
    List<Finding> findings = check.check(profile, 3, 7);
    assertEquals(1, findings.size());
    Finding finding = findings.get(0);
    assertEquals(Rule.COLLECTION_DUPLICATE_PROFILE, finding.rule());
    assertEquals("organisation.id", finding.path());
    assertEquals(
        "The organisation identifier https://example.org/test/cluster is also the one of record 1"
            + " (line 1); stored or converted to RDF, one profile would replace or merge with the other. Give"
            + " each profile its own identifier, or keep only one record.",
        finding.message());
    assertEquals(
        "Die Organisationskennung https://example.org/test/cluster ist auch die von Datensatz 1"
            + " (Zeile 1); gespeichert oder nach RDF umgewandelt, würde ein Profil das andere ersetzen oder mit"
            + " ihm verschmelzen. Geben Sie jedem Profil eine eigene Kennung oder behalten Sie nur"
            + " einen Datensatz.",
        finding.message(Locale.GERMAN));
  }

  @Test
  void withoutLinesTheMessageSaysOnlyTheRecord() {
    CollectionCheck check = new CollectionCheck();
    check.check(TestProfiles.valid(), 1, 0);
    assertEquals(
        "The organisation identifier https://example.org/test/cluster is also the one of record 1;",
        check.check(TestProfiles.valid(), 2, 0).get(0).message().substring(0, 89));
  }

  @Test
  void theSameActorInTwoProfilesIsFineButOtherContentUnderItsIdentifierIsNot() {
    CollectionCheck check = new CollectionCheck();
    ClusterProfile first = TestProfiles.valid();
    check.check(first, 1, 1);
    assertEquals(List.of(), check.check(other(first, "shares-members"), 2, 2));

    List<Actor> actors = new ArrayList<>(first.actors());
    Actor renamed = actors.get(3);
    actors.set(
        3,
        new Actor(
            renamed.id(),
            MultilingualText.de("Ein anderer Name"),
            renamed.type(),
            renamed.companySize(),
            renamed.website(),
            renamed.location(),
            renamed.sectors(),
            renamed.extensions()));
    List<Finding> findings = check.check(other(first, "third").withActors(actors), 3, 3);
    assertEquals(1, findings.size());
    assertEquals(Rule.COLLECTION_ID_CONFLICT, findings.get(0).rule());
    assertEquals("actors[3].id", findings.get(0).path());
    assertEquals(renamed.id().value(), findings.get(0).value());
    assertEquals(
        renamed.id().value()
            + " is also the identifier at actors[3].id of record 1 (line 1), with other content;"
            + " in RDF the two would merge into one node. Give each its own identifier, or the"
            + " same content.",
        findings.get(0).message());
  }
}
