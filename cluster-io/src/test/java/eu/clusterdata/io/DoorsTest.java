package eu.clusterdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.clusterdata.io.testing.BrokenInputs;
import eu.clusterdata.io.testing.BrokenInputs.Case;
import eu.clusterdata.io.testing.BrokenInputs.Verdict;
import eu.clusterdata.model.format.ProfileRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 33: the Java API's way in and way out give every broken input its verdict: the reader names
 * what is wrong, and the writer writes nothing (the good record beside the bad one neither).
 */
class DoorsTest {

  @TempDir Path dir;

  static Stream<Case> cases() {
    return BrokenInputs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSourceSaysWhatIsWrongAndTheSinkWritesNothing(Case broken) throws Exception {
    Path input = broken.copyTo(dir);
    if (broken.code().equals("read.format")) {
      UnreadableInputException e =
          assertThrows(UnreadableInputException.class, () -> ProfileSource.open(input));
      assertEquals(broken.code(), e.code());
      return;
    }
    Path output = dir.resolve("out.nq");
    List<ProfileRecord> records;
    try (ProfileSource source = ProfileSource.open(input);
        ProfileSink sink = ProfileSink.toFile(output).build()) {
      records = source.stream().toList();
      records.forEach(sink::write);
      WriteRefusedException refused = assertThrows(WriteRefusedException.class, sink::finish);
      assertEquals(broken.code(), refused.problems().get(0).code(), refused.getMessage());
    }
    assertFalse(Files.exists(output), "nothing written");
    ProfileRecord bad =
        records.stream().filter(r -> !r.isSound() || !r.isRead()).findFirst().orElse(null);
    if (broken.verdict() == Verdict.REFUSED) {
      // Read, and refused only by the rules (or, for a repeated identifier, by the records before).
      assertEquals(0, records.stream().filter(r -> !r.isRead()).count(), records.toString());
    } else {
      assertEquals(broken.code(), bad.problems().get(0).code(), String.valueOf(bad.error()));
      assertEquals(
          broken.verdict() != Verdict.UNREADABLE,
          bad.location().isWholeInput(),
          bad.location().toString());
    }
  }
}
