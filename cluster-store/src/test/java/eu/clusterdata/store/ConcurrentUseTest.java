package eu.clusterdata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many readers and one writer on an embedded store; and a second process on the same directory. */
class ConcurrentUseTest {

  @TempDir Path dir;

  @Test
  void readersSeeTheStoreBeforeOrAfterALoadNeverHalfOfIt() throws Exception {
    ProfileGenerator generator = ProfileGenerator.seeded(21);
    List<ClusterProfile> first = generator.stream(40).toList();
    List<ClusterProfile> second = generator.stream(60).toList();
    try (ProfileStore store = ProfileStore.embedded(dir.resolve("store"))) {
      store.bulkLoad().from(first);
      Set<Long> sizes = ConcurrentHashMap.newKeySet();
      List<Throwable> errors = new CopyOnWriteArrayList<>();
      AtomicBoolean loading = new AtomicBoolean(true);
      ExecutorService readers = Executors.newFixedThreadPool(8);
      for (int i = 0; i < 8; i++) {
        int reader = i;
        readers.submit(
            () -> {
              try {
                do {
                  sizes.add(store.size());
                  ClusterProfile known = first.get(reader);
                  assertEquals(known, store.get(known.organisation().id()).orElseThrow());
                } while (loading.get());
              } catch (Throwable e) {
                errors.add(e);
              }
            });
      }
      store.bulkLoad().from(second);
      loading.set(false);
      readers.shutdown();
      assertTrue(readers.awaitTermination(60, TimeUnit.SECONDS));
      assertEquals(List.of(), errors);
      assertTrue(Set.of(40L, 100L).containsAll(sizes), "a reader saw half a load: " + sizes);
      assertEquals(100, store.size());
    }
  }

  @Test
  void aSecondProcessOnTheSameDirectoryGetsAClearErrorAndBreaksNothing() throws Exception {
    Path directory = dir.resolve("shared");
    try (ProfileStore store = ProfileStore.embedded(directory)) {
      store.put(StoreFixtures.alpha());
    }
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldStore.class.getName(),
                directory.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line;
      do {
        line = out.readLine();
        assertTrue(line != null, "the holding process ended before opening the store");
      } while (!line.startsWith("open "));
      assertEquals("open 1", line);

      ProfileStoreException e =
          assertThrows(ProfileStoreException.class, () -> ProfileStore.embedded(directory));
      assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
    } finally {
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
    }
    try (ProfileStore again = ProfileStore.embedded(directory)) {
      assertEquals(
          List.of(StoreFixtures.alpha()),
          List.of(again.get(StoreFixtures.alpha().organisation().id()).orElseThrow()));
      assertFalse(again.ids().isEmpty());
    }
  }
}
