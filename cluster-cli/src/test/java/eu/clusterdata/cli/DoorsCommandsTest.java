package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.io.testing.BrokenInputs;
import eu.clusterdata.io.testing.BrokenInputs.Case;
import eu.clusterdata.store.ProfileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 33: {@code validate}, {@code convert} and {@code load} give every broken input the same
 * verdict (its exit status and the code that says why), and {@code convert} and {@code load} write
 * and store nothing, not even the good record beside the bad one.
 */
class DoorsCommandsTest {

  @TempDir Path dir;

  static Stream<Case> cases() {
    return BrokenInputs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCommandGivesTheSameVerdict(Case broken) throws Exception {
    String input = broken.copyTo(dir).toString();
    int status = broken.verdict().exitStatus();

    Cli validate = Cli.run("validate", input);
    assertEquals(status, validate.status(), validate.toString());
    assertTrue(validate.out().contains(broken.code()), validate.toString());

    Path output = dir.resolve("out.ttl");
    Cli convert = Cli.run("convert", input, output.toString());
    assertEquals(status, convert.status(), convert.toString());
    assertFalse(Files.exists(output), "convert wrote " + output);
    assertTrue(convert.err().contains(broken.file()), "names the input: " + convert);
    assertFalse(convert.err().contains("{"), "every placeholder filled in: " + convert);

    Path store = dir.resolve("store");
    Cli load = Cli.run("load", "--store", store.toString(), input);
    assertEquals(status, load.status(), load.toString());
    assertFalse(load.err().contains("{"), "every placeholder filled in: " + load);
    try (ProfileStore stored = ProfileStore.open(store.toString())) {
      assertEquals(0, stored.size(), "load stored " + stored.ids());
    }

    // --skip-bad writes the good records only: what it writes, validate accepts.
    Path skipped = dir.resolve("skipped.ttl");
    Cli skipBad = Cli.run("convert", "--skip-bad", input, skipped.toString());
    assertEquals(status, skipBad.status(), skipBad.toString());
    if (Files.exists(skipped)) {
      Cli again = Cli.run("validate", skipped.toString());
      assertEquals(0, again.status(), again.toString());
    }
  }
}
