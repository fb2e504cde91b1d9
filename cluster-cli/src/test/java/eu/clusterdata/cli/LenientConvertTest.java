package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.format.ProfileFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert --lenient} turns another platform's linked data into profiles, and says what it
 * left.
 */
class LenientConvertTest {

  /** A fictitious cluster in public vocabularies only. */
  private static final String FOREIGN =
      """
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX schema: <https://schema.org/>
      PREFIX dct: <http://purl.org/dc/terms/>
      <https://platform.example.org/cluster> a org:FormalOrganization ;
          schema:name "Beispiel-Cluster"@de ;
          dct:spatial <http://data.europa.eu/nuts/code/DEA22> ;
          owl:sameAs <https://other.example.org/42> ;
          org:hasMember <https://platform.example.org/uni> , <https://platform.example.org/firm> .
      <https://platform.example.org/uni> a schema:CollegeOrUniversity ;
          schema:name "Universität Beispiel"@de .
      <https://platform.example.org/firm> schema:name "Beispiel GmbH"@de .
      """;

  @TempDir Path dir;

  private List<ClusterProfile> read(Path file) throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>();
    try (ProfileSource source =
        ProfileSource.builder().file(file).format(ProfileFormat.JSON_LINES).build()) {
      source.forEachRemaining(r -> profiles.add(r.profile()));
    }
    return profiles;
  }

  @Test
  void importsAndListsWhatItLeft() throws Exception {
    Path in = dir.resolve("platform.ttl");
    Files.writeString(in, FOREIGN);
    Path out = dir.resolve("imported.jsonl");

    Cli cli = Cli.run("convert", "--lenient", in.toString(), out.toString());

    assertEquals(0, cli.status(), cli.toString());
    List<ClusterProfile> profiles = read(out);
    assertEquals(1, profiles.size());
    assertEquals(1, profiles.get(0).actors().size(), "the member without a type is left out");
    assertTrue(
        cli.err().contains("<https://platform.example.org/firm>: a member whose type"), cli.err());
    assertTrue(
        cli.err()
            .contains(
                "not read: <https://platform.example.org/cluster>"
                    + " <http://www.w3.org/2002/07/owl#sameAs> <https://other.example.org/42>"),
        cli.err());
    assertTrue(cli.err().contains("3 triples not read and 1 record left out"), cli.err());
  }

  /**
   * Dates the data does not give are the file's last change, not the clock's: the same file imports
   * into the same bytes every time.
   */
  @Test
  void theSameFileImportsTheSameEveryTime() throws Exception {
    Path in = dir.resolve("platform.ttl");
    Files.writeString(in, FOREIGN);
    java.time.Instant modified = java.time.Instant.parse("2026-11-30T08:15:00Z");
    Files.setLastModifiedTime(in, java.nio.file.attribute.FileTime.from(modified));
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");

    assertEquals(0, Cli.run("convert", "--lenient", in.toString(), first.toString()).status());
    Thread.sleep(5); // a clock would have moved on
    assertEquals(0, Cli.run("convert", "--lenient", in.toString(), second.toString()).status());

    assertEquals(Files.readString(first), Files.readString(second));
    ClusterProfile profile = read(first).get(0);
    assertEquals(modified, profile.metadata().created());
    assertEquals(
        java.time.LocalDate.of(2026, 11, 30), profile.metadata().sources().get(0).retrieved());
  }

  @Test
  void anAssumedTypeKeepsTheMember() throws Exception {
    Path in = dir.resolve("platform.ttl");
    Files.writeString(in, FOREIGN);
    Path out = dir.resolve("imported.jsonl");

    Cli cli =
        Cli.run("convert", "--lenient", "--actor-type", "company", in.toString(), out.toString());

    assertEquals(0, cli.status(), cli.toString());
    ClusterProfile profile = read(out).get(0);
    assertEquals(2, profile.memberships().size());
    assertTrue(profile.actors().stream().anyMatch(a -> a.type() == ActorType.COMPANY));
    assertTrue(cli.err().contains("imported as 'company'"), cli.err());
  }

  @Test
  void refusesWhatItCannotUse() throws Exception {
    Path in = dir.resolve("platform.ttl");
    Files.writeString(in, FOREIGN);
    Path out = dir.resolve("imported.jsonl");

    Cli badType =
        Cli.run("convert", "--lenient", "--actor-type", "firma", in.toString(), out.toString());
    assertEquals(2, badType.status(), badType.toString());
    assertTrue(
        badType.err().contains("--actor-type firma is not a code of its list; use one of")
            && badType.err().contains("company"),
        badType.err());

    Cli withoutLenient =
        Cli.run("convert", "--actor-type", "company", in.toString(), out.toString());
    assertEquals(2, withoutLenient.status(), withoutLenient.toString());

    Path json = dir.resolve("profiles.json");
    Files.writeString(json, "{}");
    Cli notRdf = Cli.run("convert", "--lenient", json.toString(), out.toString());
    assertEquals(2, notRdf.status(), notRdf.toString());
    assertTrue(notRdf.err().contains("--lenient reads linked data, not json"), notRdf.err());

    Path nothing = dir.resolve("nothing.ttl");
    Files.writeString(nothing, "<https://x.example/a> <https://x.example/b> \"c\" .\n");
    Cli empty = Cli.run("convert", "--lenient", nothing.toString(), out.toString());
    assertEquals(1, empty.status(), empty.toString());
    assertTrue(empty.err().contains("not read: <https://x.example/a>"), empty.err());
    assertFalse(Files.exists(out), "nothing written");
  }
}
