package eu.clusterdata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.testing.BrokenInputs;
import eu.clusterdata.io.testing.BrokenInputs.Case;
import eu.clusterdata.io.testing.BrokenInputs.Verdict;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.validation.InvalidProfileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 33: the store's doors give every broken input the verdict every other door gives: a bulk
 * load stores nothing and names the problem; {@code put} refuses every profile the rules refuse.
 */
class DoorsTest {

  @TempDir Path dir;

  static Stream<Case> readable() {
    return BrokenInputs.all().stream().filter(c -> !c.code().equals("read.format"));
  }

  static Stream<Case> refused() {
    return BrokenInputs.of(Verdict.REFUSED).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void aBulkLoadStoresNothingAndNamesTheProblem(Case broken) throws Exception {
    try (ProfileStore store = ProfileStore.inMemory();
        ProfileSource source = ProfileSource.open(broken.copyTo(dir))) {
      LoadException e = assertThrows(LoadException.class, () -> store.bulkLoad().from(source));
      assertEquals(broken.code(), e.problems().get(0).code(), e.getMessage());
      assertEquals(0, store.size(), "nothing stored");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void putRefusesWhatTheRulesRefuse(Case broken) throws Exception {
    try (ProfileStore store = ProfileStore.inMemory();
        ProfileSource source = ProfileSource.open(broken.copyTo(dir))) {
      InvalidProfileException refused = null;
      for (ProfileRecord record : source.stream().toList()) {
        try {
          store.put(record.profile());
        } catch (InvalidProfileException e) {
          refused = e;
        } catch (ProfileStoreException e) {
          // a repeated identifier: put never replaces a stored profile
          assertEquals("collection.duplicate-profile", broken.code(), e.getMessage());
          return;
        }
      }
      assertEquals(broken.code(), refused.findings().get(0).rule().code());
    }
  }
}
