package eu.clusterdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.IntegrityPolicy;
import eu.clusterdata.model.value.NutsCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 33: the one way out writes whole or not at all, and nothing invalid unless asked. */
class ProfileSinkTest {

  @TempDir Path dir;

  private static final List<ClusterProfile> GOOD = ProfileGenerator.seeded(41).stream(3).toList();

  /** A profile with a region that is in no NUTS version: a core error, not a format's. */
  private static ClusterProfile unlisted() {
    ClusterProfile p = ProfileGenerator.seeded(42).next();
    Location l = p.organisation().location();
    return p.withOrganisation(
        p.organisation().toBuilder()
            .location(new Location(l.country(), NutsCode.of("DEZ9"), l.address()))
            .build());
  }

  /** A profile whose second actor has the first one's identifier: RDF would merge them. */
  private static ClusterProfile duplicateActor() {
    ClusterProfile p = ProfileGenerator.seeded(43).next();
    List<eu.clusterdata.model.Actor> actors = new ArrayList<>(p.actors());
    eu.clusterdata.model.Actor second = actors.get(1);
    actors.set(
        1,
        new eu.clusterdata.model.Actor(
            actors.get(0).id(),
            second.name(),
            second.type(),
            second.companySize(),
            second.website(),
            second.location(),
            second.sectors(),
            second.extensions()));
    return p.withActors(actors);
  }

  private List<ProfileRecord> readBack(Path file) throws IOException {
    try (ProfileSource source = ProfileSource.open(file)) {
      return source.stream().toList();
    }
  }

  @Test
  void writesEveryFormatWholeAndReadsBack() throws IOException {
    for (ProfileFormat format : ProfileFormat.values()) {
      Path file = dir.resolve("out." + format.shortName());
      // one CSV file is the clusters sheet alone
      List<ClusterProfile> good =
          format == ProfileFormat.CSV
              ? GOOD.stream().map(TestProfiles::clustersSheetOnly).toList()
              : GOOD;
      try (ProfileSink sink = ProfileSink.toFile(file).build()) {
        good.forEach(sink::write);
        WriteReport report = sink.finish();
        assertEquals(3, report.written(), format.name());
      }
      List<ProfileRecord> back = readBack(file);
      assertEquals(
          GOOD.stream().map(p -> p.organisation().id()).sorted().toList(),
          back.stream().map(r -> r.profile().organisation().id()).sorted().toList(),
          format.name());
    }
  }

  @Test
  void aProfileWithCoreErrorsMeansNothingIsWritten() {
    Path file = dir.resolve("out.ttl");
    WriteRefusedException e;
    try (ProfileSink sink = ProfileSink.toFile(file).build()) {
      assertTrue(sink.write(GOOD.get(0)));
      assertFalse(sink.write(unlisted()));
      assertTrue(sink.write(GOOD.get(1)));
      e = assertThrows(WriteRefusedException.class, sink::finish);
    }
    assertEquals("write.refused", e.code());
    assertEquals(1, e.report().refused().size());
    assertEquals(2, e.report().refused().get(0).location().number());
    assertEquals("core.nuts.unknown", e.problems().get(0).code());
    assertTrue(
        e.getMessage()
            .startsWith("nothing written: 1 record of 3 cannot be written: record 2: DEZ9"),
        e.getMessage());
    assertFalse(Files.exists(file), "nothing written");
    assertEquals(List.of(), leftovers(), "no partial file");
  }

  @Test
  void skipBadWritesTheGoodAndListsTheBad() throws IOException {
    Path file = dir.resolve("out.jsonl");
    WriteReport report;
    try (ProfileSink sink = ProfileSink.toFile(file).skipBad(true).build()) {
      Stream.of(GOOD.get(0), unlisted(), GOOD.get(1)).forEach(sink::write);
      report = sink.finish();
    }
    assertEquals(2, report.written());
    assertEquals(1, report.refused().size());
    assertEquals(
        List.of(GOOD.get(0), GOOD.get(1)),
        readBack(file).stream().map(ProfileRecord::profile).toList());
  }

  @Test
  void anOutputThatWouldHoldNoProfileIsNotCreated() {
    Path file = dir.resolve("out.nq");
    try (ProfileSink sink = ProfileSink.toFile(file).skipBad(true).build()) {
      sink.write(unlisted());
      WriteRefusedException e = assertThrows(WriteRefusedException.class, sink::finish);
      assertEquals("write.empty", e.code());
    }
    try (ProfileSink sink = ProfileSink.toFile(file).build()) {
      assertEquals("write.empty", assertThrows(WriteRefusedException.class, sink::finish).code());
    }
    assertFalse(Files.exists(file));
  }

  @Test
  void theExplicitOptOutWritesRuleErrorsButNeverWhatTheFormatCannotCarry() throws IOException {
    Path json = dir.resolve("out.jsonl");
    try (ProfileSink sink = ProfileSink.toFile(json).policy(IntegrityPolicy.unchecked()).build()) {
      assertTrue(sink.write(unlisted()));
      assertTrue(sink.write(duplicateActor()), "JSON keeps the two actors apart");
      sink.finish();
    }
    assertEquals(
        List.of(unlisted(), duplicateActor()),
        readBack(json).stream().map(ProfileRecord::profile).toList());

    Path turtle = dir.resolve("out.ttl");
    try (ProfileSink sink =
        ProfileSink.toFile(turtle).policy(IntegrityPolicy.unchecked()).build()) {
      assertFalse(sink.write(duplicateActor()), "RDF would merge the two actors");
      WriteRefusedException e = assertThrows(WriteRefusedException.class, sink::finish);
      assertEquals("core.duplicate-id", e.problems().get(0).code());
      assertEquals("actors[1].id", e.problems().get(0).path());
    }
    assertFalse(Files.exists(turtle));
  }

  @Test
  void anExistingFileIsReplacedOnlyWhenAsked() throws IOException {
    Path file = Files.writeString(dir.resolve("out.json"), "keep me");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> ProfileSink.toFile(file).build());
    assertInstanceOf(FileAlreadyExistsException.class, e.getCause());
    assertEquals("keep me", Files.readString(file));
    try (ProfileSink sink = ProfileSink.toFile(file).replaceExisting(true).build()) {
      sink.write(GOOD.get(0));
      sink.finish();
    }
    assertEquals(
        List.of(GOOD.get(0)), readBack(file).stream().map(ProfileRecord::profile).toList());
  }

  @Test
  void aStreamSeesNothingUntilTheOutputIsComplete() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProfileSink sink = ProfileSink.toStream(out, ProfileFormat.N_QUADS).build()) {
      sink.write(GOOD.get(0));
      assertEquals(0, out.size(), "spooled, not sent");
      sink.write(unlisted());
      assertThrows(WriteRefusedException.class, sink::finish);
    }
    assertEquals(0, out.size(), "nothing sent");
  }

  @Test
  void closingWithoutFinishingLeavesNothing() {
    Path file = dir.resolve("out.trig");
    try (ProfileSink sink = ProfileSink.toFile(file).build()) {
      sink.write(GOOD.get(0));
    }
    assertFalse(Files.exists(file));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void oneProfileIsOneJsonDocument() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProfileSink sink =
        ProfileSink.toStream(out, ProfileFormat.JSON).oneProfile(true).build()) {
      sink.write(GOOD.get(0));
      assertThrows(IllegalStateException.class, () -> sink.write(GOOD.get(1)));
      sink.finish();
    }
    assertEquals(
        eu.clusterdata.json.ClusterJson.create().writeProfile(GOOD.get(0)),
        out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private List<Path> leftovers() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
