package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

  @TempDir Path dir;

  private static List<ClusterProfile> read(Path file) throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>();
    try (ProfileSource source = ProfileSource.open(file)) {
      while (source.hasNext()) {
        ProfileRecord record = source.next();
        assertTrue(record.isRead(), () -> String.valueOf(record.error()));
        profiles.add(record.profile());
      }
    }
    return profiles;
  }

  /**
   * The published example Turtle is what {@code convert} writes, byte for byte: one Turtle writer
   * for files, grouped by subject, whether a collection or a stream is written.
   */
  @Test
  void theExampleTurtleIsWhatConvertWrites() throws Exception {
    Path data = Path.of("..", "examples", "data");
    for (String[] pair :
        new String[][] {
          {"nrw-clusters.jsonl", "nrw-clusters.ttl"}, {"showcase.json", "showcase.ttl"}
        }) {
      Path out = dir.resolve(pair[1]);
      Cli cli = Cli.run("convert", data.resolve(pair[0]).toString(), out.toString());
      assertEquals(0, cli.status(), cli.toString());
      assertEquals(
          Files.readString(data.resolve(pair[1])), Files.readString(out), pair[0] + " as Turtle");
    }
  }

  @Test
  void convertsBetweenEveryFormatWithoutLoss() throws Exception {
    List<ClusterProfile> all = SampleFiles.profiles(3);
    for (ProfileFormat format : ProfileFormat.values()) {
      // one CSV file is the clusters sheet alone
      List<ClusterProfile> profiles =
          format == ProfileFormat.CSV
              ? all.stream()
                  .map(eu.clusterdata.model.testing.TestProfiles::clustersSheetOnly)
                  .toList()
              : all;
      Path source = SampleFiles.jsonLines(dir, "in-" + format.shortName() + ".jsonl", profiles);
      Path target = dir.resolve("out." + format.shortName());
      Cli cli = Cli.run("convert", source.toString(), target.toString());
      assertEquals(0, cli.status(), format + " " + cli);
      assertTrue(cli.err().contains("wrote 3 profiles"), cli.toString());
      List<ClusterProfile> back = read(target);
      back.sort(java.util.Comparator.comparing(p -> p.organisation().id()));
      List<ClusterProfile> expected = new ArrayList<>(profiles);
      expected.sort(java.util.Comparator.comparing(p -> p.organisation().id()));
      assertEquals(expected, back, format.toString());
    }
  }

  @Test
  void convertNeverOverwritesWithoutForce() throws Exception {
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(1));
    Path target = Files.writeString(dir.resolve("out.ttl"), "keep me");
    Cli refused = Cli.run("convert", source.toString(), target.toString());
    assertEquals(2, refused.status(), refused.toString());
    assertTrue(refused.err().contains("exists; give --force"), refused.toString());
    assertEquals("keep me", Files.readString(target));
    Cli forced = Cli.run("convert", "--force", source.toString(), target.toString());
    assertEquals(0, forced.status(), forced.toString());
    assertEquals(1, read(target).size());
  }

  @Test
  void aBadRecordStopsConversionAndNothingIsWritten() throws Exception {
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(3));
    List<String> lines = new ArrayList<>(Files.readAllLines(source));
    lines.add(1, "{ not json");
    Files.write(source, lines);
    Path target = dir.resolve("out.nq");
    Cli stopped = Cli.run("convert", source.toString(), target.toString());
    assertEquals(1, stopped.status(), stopped.toString());
    assertTrue(stopped.err().contains("in.jsonl record 2 (line 2): "), stopped.toString());
    assertTrue(stopped.err().contains("give --skip-bad"), stopped.toString());
    assertFalse(Files.exists(target));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }

    Cli skipped = Cli.run("convert", "--skip-bad", source.toString(), target.toString());
    assertEquals(1, skipped.status(), skipped.toString());
    assertTrue(
        skipped.err().contains("skipped " + source + " record 2 (line 2)"), skipped.toString());
    assertTrue(skipped.err().contains("wrote 3 profiles"), skipped.toString());
    assertEquals(3, read(target).size());
  }

  @Test
  void personalDataIsFlaggedForPublicationAndLeftOutOfAPublicExport() throws Exception {
    ClusterProfile profile = SampleFiles.profiles(1).get(0);
    ClusterProfile withPerson =
        profile.withOrganisation(
            profile.organisation().toBuilder()
                .addContact(
                    new eu.clusterdata.model.ContactPoint(
                        "Dr. Erika Mustermann", "erika@example.org", null, null, true))
                .build());
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", List.of(withPerson));
    Cli check = Cli.run("validate", "--rules", "publication", source.toString());
    assertEquals(0, check.status(), "a warning, not an error: " + check);
    assertTrue(check.out().contains("WARNING publication.personal-data"), check.toString());

    Path target = dir.resolve("public.ttl");
    Cli convert = Cli.run("convert", "--public", source.toString(), target.toString());
    assertEquals(0, convert.status(), convert.toString());
    assertFalse(Files.readString(target).contains("Mustermann"));
    assertEquals(List.of(withPerson.withoutPersonalData()), read(target));
  }

  @Test
  void convertWritesToStandardOutput() throws Exception {
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(1));
    Cli cli = Cli.run("convert", "--to", "ttl", source.toString(), "-");
    assertEquals(0, cli.status(), cli.toString());
    assertTrue(cli.out().contains("cd:ClusterProfile"), cli.toString());
    Cli unknown = Cli.run("convert", source.toString(), dir.resolve("out.txt").toString());
    assertEquals(2, unknown.status(), unknown.toString());
    assertTrue(unknown.err().contains("give --to"), unknown.toString());
  }

  @Test
  void loadsIntoAStoreAndQueriesIt() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(6);
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    String store = dir.resolve("store").toString();
    Cli load = Cli.run("load", "--store", store, source.toString());
    assertEquals(0, load.status(), load.toString());
    assertTrue(load.out().contains("stored 6 of 6 records"), load.toString());

    Cli all = Cli.run("query", "--store", store, "--output", "json");
    assertEquals(0, all.status(), all.toString());
    JsonNode rows = new ObjectMapper().readTree(all.out());
    assertEquals(6, rows.size());

    ClusterProfile first = profiles.get(0);
    String region = first.organisation().location().region().code();
    long inRegion =
        profiles.stream()
            .filter(p -> p.organisation().location().region() != null)
            .filter(p -> p.organisation().location().region().code().startsWith(region))
            .count();
    Cli byRegion = Cli.run("query", "--store", store, "--region", region, "--output", "csv");
    assertEquals(0, byRegion.status(), byRegion.toString());
    assertEquals(inRegion + 1, byRegion.out().split("\r\n").length, byRegion.toString());
    assertTrue(
        byRegion.out().startsWith("cluster,name,acronym,region,regionName\r\n"),
        byRegion.toString());
    eu.clusterdata.model.value.NutsCode someRegion =
        profiles.stream()
            .map(p -> p.organisation().location().region())
            .filter(r -> r != null && r.code().startsWith(region))
            .findFirst()
            .orElseThrow();
    String regionName =
        eu.clusterdata.model.codes.NutsClassification.of(
                eu.clusterdata.model.value.NutsVersion.NUTS_2024)
            .region(someRegion)
            .orElseThrow()
            .name();
    assertTrue(byRegion.out().contains(regionName), regionName + " in " + byRegion);

    String id = first.organisation().id().value();
    Cli members = Cli.run("query", "--store", store, "--members-of", id);
    assertEquals(0, members.status(), members.toString());
    assertTrue(members.out().startsWith("actor"), members.toString());
    assertEquals(
        first.memberships().stream().map(m -> m.actor()).distinct().count() + 2,
        members.out().lines().count(),
        members.toString());
    Cli partners = Cli.run("query", "--store", store, "--partners-of", id, "--limit", "2");
    assertEquals(0, partners.status(), partners.toString());
    assertTrue(partners.out().startsWith("cluster"), partners.toString());

    Path sparql =
        Files.writeString(
            dir.resolve("count.rq"),
            "SELECT (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?p foaf:primaryTopic ?g } }");
    Cli free = Cli.run("query", "--store", store, "--sparql", sparql.toString(), "--output", "csv");
    assertEquals("n\r\n6\r\n", free.out(), free.toString());

    java.time.LocalDate day = java.time.LocalDate.of(2026, 6, 1);
    long gold =
        profiles.stream()
            .filter(
                p ->
                    p.organisation().labels().stream()
                        .anyMatch(
                            l ->
                                l.isEucles()
                                    && l.level() == eu.clusterdata.model.codes.LabelLevel.GOLD
                                    && l.isValidOn(day)))
            .count();
    Cli labelled =
        Cli.run(
            "query",
            "--store",
            store,
            "--label",
            "gold",
            "--valid-on",
            day.toString(),
            "--output",
            "csv");
    assertEquals(0, labelled.status(), labelled.toString());
    assertEquals(gold + 1, labelled.out().split("\r\n").length, labelled.toString());
    Cli dayAlone = Cli.run("query", "--store", store, "--valid-on", "2026-06-01");
    assertEquals(2, dayAlone.status(), dayAlone.toString());
    assertTrue(dayAlone.err().contains("give --label too"), dayAlone.toString());

    Cli wrong = Cli.run("query", "--store", store, "--ecosystem", "space");
    assertEquals(2, wrong.status(), wrong.toString());
    assertTrue(
        wrong.err().contains("--ecosystem space is not a code of its list; use one of")
            && wrong.err().contains("(their titles: clusterdata catalogue ecosystems)"),
        wrong.toString());
  }

  @Test
  void anAtomicLoadWithABadRecordStoresNothing() throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>(SampleFiles.profiles(2));
    profiles.add(SampleFiles.invalid());
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    String store = dir.resolve("store").toString();
    Cli load = Cli.run("load", "--store", store, source.toString());
    assertEquals(1, load.status(), load.toString());
    assertTrue(load.err().contains("record 3 (line 3)"), load.toString());
    assertTrue(load.err().contains("nothing stored"), load.toString());
    assertEquals(1, Cli.run("query", "--store", store).out().lines().count() - 1, "header only");

    Cli skipping = Cli.run("load", "--store", store, "--skip-bad", source.toString());
    assertEquals(1, skipping.status(), skipping.toString());
    assertTrue(skipping.out().contains("stored 2 of 3 records"), skipping.toString());
  }

  @Test
  void cataloguesAndSchemas() throws Exception {
    Cli impulses = Cli.run("catalogue", "impulses", "--output", "json");
    assertEquals(0, impulses.status(), impulses.toString());
    JsonNode rows = new ObjectMapper().readTree(impulses.out());
    assertEquals(25, rows.size());
    assertEquals("I01", rows.get(0).get("code").asText());
    Cli german = Cli.run("catalogue", "transformations", "--lang", "de");
    assertTrue(german.out().contains("decarbonisation"), german.toString());
    assertEquals(2, Cli.run("catalogue", "nope").status());

    Path schemas = dir.resolve("schemas");
    Cli schema = Cli.run("schema", schemas.toString());
    assertEquals(0, schema.status(), schema.toString());
    try (var files = Files.list(schemas)) {
      assertEquals(6, files.count());
    }
    assertTrue(
        Files.readString(schemas.resolve("code-lists.ttl"))
            .contains("\"Wuppertal, Kreisfreie Stadt\""));
    assertTrue(Files.readString(schemas.resolve("context.jsonld")).contains("\"@context\""));
    assertEquals(2, Cli.run("schema", schemas.toString()).status());
    assertEquals(0, Cli.run("schema", "--force", schemas.toString()).status());
  }

  @Test
  void progressGoesToStandardErrorOnlyWhenAskedOrWatched() throws Exception {
    Path source = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(3));
    Cli quiet = Cli.run("validate", source.toString());
    assertFalse(quiet.err().contains("records"), "tests have no terminal: " + quiet);
    Cli shown = Cli.run("validate", "--progress", source.toString());
    assertTrue(shown.err().matches("(?s).*\\r\\d+ records, [\\d,]+/s, \\d+%.*"), shown.err());
    assertFalse(shown.out().contains("records,"), "progress stays off standard output");
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command : List.of("validate", "convert", "load", "query", "catalogue", "schema")) {
      Cli help = Cli.run(command, "--help");
      assertEquals(0, help.status(), command);
      assertTrue(help.out().contains("Usage: clusterdata " + command), help.toString());
      assertTrue(help.out().contains("Example"), help.toString());
      assertTrue(help.out().contains("clusterdata " + command + " "), help.toString());
    }
    Cli top = Cli.run("--help");
    assertEquals(0, top.status());
    assertTrue(top.out().contains("validate"), top.toString());
  }

  /** A data command runs with only itself registered; everything else sees every command. */
  @Test
  void onlyTheDataCommandThatRunsIsBuilt() {
    Main main = new Main(System.in, System.out, System.err, Map.of());
    List<String> all = new ArrayList<>(Cli.DATA_COMMANDS);
    all.addAll(List.of("help", "generate-completion"));

    assertEquals(
        Set.of("validate"), Main.commandLine(main, "validate", "x.json").getSubcommands().keySet());
    assertEquals(Set.of("diff"), Main.commandLine(main, "diff").getSubcommands().keySet());
    for (String[] args :
        List.of(
            new String[0],
            new String[] {"--help"},
            new String[] {"help", "validate"},
            new String[] {"valdate"},
            new String[] {"generate-completion"})) {
      assertEquals(
          all,
          List.copyOf(Main.commandLine(main, args).getSubcommands().keySet()),
          String.join(" ", args));
    }
    String help = Cli.run("--help").out();
    for (String command : all) {
      assertTrue(help.contains("  " + command + " "), command + " is not in the help:\n" + help);
    }
  }

  /**
   * A steward names a cluster by its acronym and gets the members; a cluster, region or acronym the
   * store does not have is refused (exit 2) with what is close, never answered with no rows.
   */
  @Test
  void queryNamesClustersByAcronymAndRefusesWhatTheStoreDoesNotHold() throws Exception {
    String store = dir.resolve("nrw").toString();
    Path nrw = Path.of("..", "examples", "data", "nrw-clusters.json");
    Cli load = Cli.run("load", "--store", store, nrw.toString());
    assertEquals(0, load.status(), load.toString());

    Cli byAcronym = Cli.run("query", "--store", store, "--members-of", "clib", "--output", "csv");
    ClusterProfile clib =
        read(nrw).stream()
            .filter(p -> "CLIB".equals(p.organisation().acronym()))
            .findFirst()
            .orElseThrow();
    Cli byId =
        Cli.run(
            "query",
            "--store",
            store,
            "--members-of",
            clib.organisation().id().value(),
            "--output",
            "csv");
    assertEquals(0, byAcronym.status(), byAcronym.toString());
    assertEquals(byId.out(), byAcronym.out());

    Cli typo = Cli.run("query", "--store", store, "--partners-of", "CLIP");
    assertEquals(2, typo.status(), typo.toString());
    assertEquals(
        "clusterdata query: --partners-of CLIP: the store holds no cluster with that identifier"
            + " or acronym; did you mean CLIB?",
        typo.err().strip());

    Cli unknown =
        Cli.run("query", "--store", store, "--members-of", "https://example.org/no-such-cluster");
    assertEquals(2, unknown.status(), unknown.toString());
    assertTrue(unknown.err().contains("holds no cluster"), unknown.toString());

    Cli region = Cli.run("query", "--store", store, "--region", "DEZ9");
    assertEquals(2, region.status(), region.toString());
    assertTrue(region.err().contains("--region DEZ9 is not a NUTS region"), region.toString());
    Cli country = Cli.run("query", "--store", store, "--region", "XX");
    assertEquals(2, country.status(), country.toString());
    Cli german = Cli.run("query", "--lang", "de", "--store", store, "--region", "DEA9");
    assertEquals(2, german.status(), german.toString());
    assertTrue(
        german.err().contains("--region DEA9 ist keine NUTS-Region")
            && german.err().contains("meinten Sie DEA"),
        german.toString());
  }
}
