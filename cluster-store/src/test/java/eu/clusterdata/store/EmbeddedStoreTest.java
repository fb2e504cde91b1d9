package eu.clusterdata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    store.put(StoreFixtures.alpha());
    store.close();
    try (ProfileStore reopened = ProfileStore.embedded(directory.resolve("store"))) {
      assertEquals(
          StoreFixtures.alpha(),
          reopened.get(StoreFixtures.alpha().organisation().id()).orElseThrow());
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
