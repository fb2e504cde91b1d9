package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands never lose data without a word, and never say "all is well" about nothing. */
class NothingLostCommandsTest {

  @TempDir Path dir;

  /** Three profiles, the third with the organisation identifier of the first. */
  private Path withADuplicate() throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>(SampleFiles.profiles(3));
    ClusterProfile first = profiles.get(0);
    ClusterProfile third = profiles.get(2);
    profiles.set(
        2,
        third.withOrganisation(
            third.organisation().toBuilder().id(first.organisation().id()).build()));
    return SampleFiles.jsonLines(dir, "dup.jsonl", profiles);
  }

  @Test
  void aDuplicateIdentifierFailsValidateConvertAndLoadNamingBothRecords() throws Exception {
    Path input = withADuplicate();
    Cli validate = Cli.run("validate", input.toString());
    assertEquals(1, validate.status(), validate.toString());
    assertTrue(validate.out().contains("dup.jsonl record 3 (line 3): "), validate.toString());
    assertTrue(validate.out().contains("collection.duplicate-profile"), validate.toString());
    assertTrue(validate.out().contains("also the one of record 1 (line 1)"), validate.toString());

    Path target = dir.resolve("out.ttl");
    Cli convert = Cli.run("convert", input.toString(), target.toString());
    assertEquals(1, convert.status(), convert.toString());
    assertTrue(
        convert.err().contains("record 3 (line 3)") && convert.err().contains("record 1 (line 1)"),
        convert.toString());
    assertFalse(Files.exists(target));

    Cli skipping = Cli.run("convert", "--skip-bad", input.toString(), target.toString());
    assertEquals(1, skipping.status(), skipping.toString());
    assertTrue(skipping.err().contains("wrote 2 profiles"), skipping.toString());

    String store = dir.resolve("store").toString();
    Cli load = Cli.run("load", "--store", store, input.toString());
    assertEquals(1, load.status(), load.toString());
    assertTrue(load.err().contains("record 3 (line 3)"), load.toString());
    assertTrue(load.err().contains("also the one of record 1 (line 1)"), load.toString());
    assertTrue(load.err().contains("nothing stored"), load.toString());
  }

  @Test
  void foreignTurtleWithoutAProfileIsAnError() throws Exception {
    Path foreign =
        Files.writeString(
            dir.resolve("foreign.ttl"),
            """
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix schema: <https://schema.org/> .
            <https://example.org/cluster> a org:Organization ; schema:name "A cluster"@en .
            """);
    Cli validate = Cli.run("validate", foreign.toString());
    assertEquals(1, validate.status(), validate.toString());
    assertTrue(
        validate.out().contains("found 2 triples but no cluster profile"), validate.toString());
    assertFalse(validate.out().contains("Everything conforms"), validate.toString());

    Path target = dir.resolve("out.json");
    Cli convert = Cli.run("convert", foreign.toString(), target.toString());
    assertEquals(1, convert.status(), convert.toString());
    assertFalse(Files.exists(target));
  }

  @Test
  void anEmptyInputIsNotAllIsWell() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Cli validate = Cli.run("validate", empty.toString());
    assertEquals(1, validate.status(), validate.toString());
    assertTrue(validate.out().contains("the input holds no profile"), validate.toString());
    assertTrue(validate.out().contains("Does not conform."), validate.toString());
  }

  @Test
  void aBrokenGraphOfAQuadsFileStopsOnlyItself() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClusterRdf.create().write(profiles, out, ProfileFormat.N_QUADS);
    String broken = profiles.get(1).organisation().id().value();
    String quads =
        out.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(
                l ->
                    !l.startsWith(
                        "<" + broken + "> <http://www.w3.org/2004/02/skos/core#prefLabel>"))
            .collect(Collectors.joining("\n", "", "\n"));
    Path input = Files.writeString(dir.resolve("in.nq"), quads);
    Cli validate = Cli.run("validate", input.toString());
    assertEquals(1, validate.status(), validate.toString());
    assertTrue(
        validate
            .out()
            .contains(
                "2 profiles checked (rules: core): 0 errors, 0 warnings, 0 infos,"
                    + " 1 unreadable"),
        validate.toString());
    assertTrue(
        validate
            .out()
            .contains("the required name of a ClusterOrganisation is missing at <" + broken),
        validate.toString());
    assertTrue(
        validate.out().contains("ERROR    rdf.mapping                              1"),
        "each problem once: " + validate);

    Path target = dir.resolve("out.jsonl");
    Cli convert = Cli.run("convert", "--skip-bad", input.toString(), target.toString());
    assertEquals(1, convert.status(), convert.toString());
    assertEquals(2, Files.readAllLines(target).size());
  }

  @Test
  void queryRefusesAStoreThatDoesNotExistAndCreatesNothing() throws Exception {
    Path missing = dir.resolve("stroe");
    Cli query = Cli.run("query", "--store", missing.toString());
    assertEquals(2, query.status(), query.toString());
    assertTrue(query.err().contains("does not exist"), query.toString());
    assertFalse(Files.exists(missing));

    Files.createDirectory(missing);
    Cli empty = Cli.run("query", "--store", missing.toString());
    assertEquals(2, empty.status(), empty.toString());
    assertTrue(empty.err().contains("holds no store"), empty.toString());
  }

  @Test
  void theSameConversionTwiceGivesTheSameBytes() throws Exception {
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(4));
    for (String extension : List.of("ttl", "nt", "nq", "trig", "rdf", "jsonld", "json", "jsonl")) {
      Path first = dir.resolve("first." + extension);
      Path second = dir.resolve("second." + extension);
      assertEquals(0, Cli.run("convert", input.toString(), first.toString()).status(), extension);
      assertEquals(0, Cli.run("convert", input.toString(), second.toString()).status(), extension);
      assertTrue(
          Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)),
          extension + " differs between runs");
    }
  }

  @Test
  void aLimitIsNamedAndRaisedByTheOptionItNames() throws Exception {
    ClusterProfile profile = SampleFiles.profiles(1).get(0);
    String line =
        SampleFiles.line(profile)
            .replaceFirst("\\{", "{\"urn:x:note\":\"" + "x".repeat(2_000) + "\",")
            .replaceFirst("\"organisation\":\\{", "\"organisation\":{");
    Path input = Files.writeString(dir.resolve("long.jsonl"), line + "\n");
    Cli small = Cli.run("validate", "--limit", "string-length=1000", input.toString());
    assertEquals(1, small.status(), small.toString());
    assertTrue(
        small
            .out()
            .contains(
                "the length of the text exceeds the limit of 1000; raise it with the"
                    + " option --limit string-length=N"),
        small.toString());
    Cli raised = Cli.run("validate", "--limit", "string-length=5000", input.toString());
    assertFalse(raised.out().contains("exceeds the limit"), raised.toString());

    Cli unknown = Cli.run("validate", "--limit", "strings=5", input.toString());
    assertEquals(2, unknown.status(), unknown.toString());
    assertTrue(unknown.err().contains("unknown limit strings"), unknown.toString());
  }

  @Test
  void anInputOfMoreRecordsThanTheLimitIsRefusedWholeByEveryCommand() throws Exception {
    Path input = SampleFiles.jsonLines(dir, "six.jsonl", SampleFiles.profiles(6));
    Cli validate = Cli.run("validate", "--limit", "records=5", input.toString());
    assertEquals(2, validate.status(), validate.toString());
    assertTrue(validate.out().contains("more than 5 records"), validate.toString());

    Path output = dir.resolve("six.ttl");
    Cli convert = Cli.run("convert", "--limit", "records=5", input.toString(), output.toString());
    assertEquals(2, convert.status(), convert.toString());
    assertFalse(Files.exists(output), "nothing written");

    assertEquals(0, Cli.run("validate", "--limit", "records=6", input.toString()).status());
    Cli zero = Cli.run("validate", "--limit", "records=0", input.toString());
    assertEquals(2, zero.status(), zero.toString());
  }
}
