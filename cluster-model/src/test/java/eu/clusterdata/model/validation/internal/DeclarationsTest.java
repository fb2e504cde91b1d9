package eu.clusterdata.model.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarationsTest {

  @Test
  void ordinaryIdentifiersAreFoundInTheTable() {
    List<Iri> ids = new ArrayList<>();
    for (int i = 0; i < 4096; i++) {
      ids.add(Iri.of("https://example.org/actors/" + i));
    }
    Declarations declarations = Declarations.of(profileOf(ids));

    assertFalse(declarations.isMapped(), "4,096 ordinary identifiers made a probe of 64 slots");
    assertAnswers(declarations, ids);
  }

  /**
   * Identifiers chosen to collide: each 8-character block holds {@code A…a} or {@code B…B} four
   * characters apart, which the table's hash (31 times one character plus the one four places on)
   * cannot tell apart, so 12 blocks give 4,096 identifiers of one hash. Linear probing over them
   * would compare each new one with all before it; the table has to hand them to a hash map.
   */
  @Test
  void collidingIdentifiersMoveTheIndexToAMapAndAreAllFound() {
    List<String> suffixes = List.of("");
    for (int block = 0; block < 12; block++) {
      List<String> longer = new ArrayList<>();
      for (String suffix : suffixes) {
        longer.add(suffix + "Axxxaxxx");
        longer.add(suffix + "BxxxBxxx");
      }
      suffixes = longer;
    }
    List<Iri> ids = suffixes.stream().map(s -> Iri.of("https://example.org/a/" + s)).toList();
    Declarations declarations = Declarations.of(profileOf(ids));

    assertTrue(
        declarations.isMapped(),
        "identifiers crafted to collide did not make a long probe: re-craft them for the hash");
    assertAnswers(declarations, ids);
  }

  /** Every identifier is found as an actor's, in order; others are not; duplicates are named. */
  private static void assertAnswers(Declarations declarations, List<Iri> ids) {
    assertEquals(ids.size() + 2, declarations.size(), "organisation, actors and one service");
    for (int i = 0; i < ids.size(); i++) {
      int entry = declarations.indexOf(ids.get(i));
      assertEquals(i + 1, entry, ids.get(i).value());
      assertEquals(ids.get(i), declarations.actor(entry).id());
      assertTrue(declarations.declares(ids.get(i), Declarations.ACTOR));
      assertFalse(declarations.declares(ids.get(i), Declarations.SERVICE));
    }
    Iri service = TestProfiles.id("service-radar");
    assertTrue(declarations.declares(service, Declarations.SERVICE));
    assertNull(declarations.actor(declarations.indexOf(service)));
    assertEquals(-1, declarations.indexOf(Iri.of("https://example.org/nobody")));

    Declarations.Duplicate duplicate = declarations.duplicates().get(0);
    assertEquals(1, declarations.duplicates().size());
    assertEquals(ids.get(100), duplicate.id());
    assertEquals("actors[" + ids.size() + "].id", duplicate.path());
    assertEquals("actors[100].id", duplicate.firstPath());
    assertEquals(
        MultilingualText.de("Firma"),
        declarations.actor(declarations.indexOf(ids.get(100))).name(),
        "the first actor of a duplicated identifier stays its actor");
  }

  /**
   * The fixture's organisation and service, with an actor for each id and one repeating the 101st.
   */
  private static ClusterProfile profileOf(List<Iri> ids) {
    ClusterProfile fixture = TestProfiles.valid();
    List<Actor> actors = new ArrayList<>();
    for (Iri id : ids) {
      actors.add(Actor.company(id, MultilingualText.de("Firma"), CompanySize.SME));
    }
    actors.add(Actor.company(ids.get(100), MultilingualText.de("Doppelt"), CompanySize.SME));
    return fixture
        .withActors(actors)
        .withMemberships(List.of())
        .withServices(
            List.of(
                Service.builder(
                        TestProfiles.id("service-radar"),
                        MultilingualText.de("Radar"),
                        ServiceArea.INFORMATION_AND_ANALYSIS)
                    .build()));
  }
}
