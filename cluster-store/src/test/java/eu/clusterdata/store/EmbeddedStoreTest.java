package eu.clusterdata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest extends ProfileStoreContract {

  @TempDir Path directory;

  @Override
  protected ProfileStore openEmpty() {
    return ProfileStore.open(directory.resolve("store").toString());
  }

  @Test
  void profilesOutliveTheProcessThatStoredThem() {
    ClusterProfile generated = ProfileGenerator.seeded(4242).next();
    store.put(StoreFixtures.alpha());
    store.put(generated);
    store.close();
    try (ProfileStore reopened = ProfileStore.embedded(directory.resolve("store"))) {
      assertEquals(
          StoreFixtures.alpha(),
          reopened.get(StoreFixtures.alpha().organisation().id()).orElseThrow());
      // Query answers come from a cold node table now: every term must still resolve.
      Member member = reopened.members(StoreFixtures.alpha().organisation().id()).get(0);
      assertEquals(ActorType.UNIVERSITY, member.type());
      assertEquals(MembershipRole.MEMBER, member.role());
      SparqlRows roles =
          reopened.select(
              "SELECT ?membership ?role WHERE { GRAPH ?g { ?membership org:role ?role } }",
              Map.of());
      assertEquals(3 + generated.memberships().size(), roles.size());
      roles.rows().forEach(row -> assertEquals(2, row.size(), row.toString()));
    }
    store = ProfileStore.embedded(directory.resolve("store"));
  }

  @Test
  void aFileIsNotAStore() throws Exception {
    Path file = Files.writeString(directory.resolve("file.txt"), "x");
    ProfileStoreException e =
        assertThrows(ProfileStoreException.class, () -> ProfileStore.embedded(file));
    assertTrue(e.getMessage().contains("needs a directory"), e.getMessage());
  }

  @Test
  void describesItself() {
    assertTrue(store.toString().startsWith("TDB2 store at "), store.toString());
  }
}
