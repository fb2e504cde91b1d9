package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.examples.data.GenerateDataSet;
import eu.clusterdata.examples.data.NrwClusters;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.GeneratedFiles;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.Severity;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DataSetTest {

  private static final Path DATA = Path.of("data");

  @Test
  @Tag("generated")
  void theCheckedInFilesAreWhatTheSourceOfTruthGenerates() {
    for (Map.Entry<String, byte[]> file : GenerateDataSet.files().entrySet()) {
      GeneratedFiles.check(
          "examples/data/" + file.getKey(), new String(file.getValue(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theJsonAndTheTurtleHoldTheSameProfiles() throws Exception {
    List<ClusterProfile> json = DataSet.read();
    try (InputStream in = Files.newInputStream(DATA.resolve("nrw-clusters.ttl"))) {
      assertEquals(json, ClusterRdf.create().read(in, ProfileFormat.TURTLE).profiles());
    }
    assertEquals(NrwClusters.profiles(), json);
  }

  /**
   * The data set as format 1.0 wrote it (kept under test resources, as it was then) still reads,
   * every record, and each 1.0 document reads into the same profile as the same document marked
   * 1.1: a 1.0 document still means what it meant.
   */
  @Test
  void theFormat10FilesStillReadAsTheyMeant() throws Exception {
    ClusterJson json = ClusterJson.create();
    for (String name : List.of("/format-1.0/nrw-clusters.json", "/format-1.0/nrw-clusters.jsonl")) {
      ProfileFormat format = name.endsWith("jsonl") ? ProfileFormat.JSON_LINES : ProfileFormat.JSON;
      List<ClusterProfile> read = new ArrayList<>();
      try (InputStream in = DataSetTest.class.getResourceAsStream(name);
          ProfileReader reader = json.reader(in, format)) {
        reader.forEachRemaining(
            record -> {
              assertTrue(record.isRead(), () -> name + ": " + record.error());
              read.add(record.profile());
            });
      }
      assertTrue(read.size() >= 20, name);
      for (ClusterProfile profile : read) {
        String as10 =
            json.writeProfile(profile)
                .replace("\"formatVersion\":\"1.1\"", "\"formatVersion\":\"1.0\"");
        assertTrue(as10.contains("\"formatVersion\":\"1.0\""), as10);
        assertEquals(profile, json.readProfile(as10), "a 1.0 document is read as it was written");
      }
    }
    try (InputStream in = DataSetTest.class.getResourceAsStream("/format-1.0/nrw-clusters.jsonl")) {
      String first =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .findFirst()
              .orElseThrow();
      assertTrue(first.startsWith("{\"formatVersion\":\"1.0\","), first);
      assertEquals(
          json.readProfile(first),
          json.readProfile(first.replaceFirst("\"1\\.0\"", "\"1.1\"")),
          "the same document marked 1.0 and 1.1 is the same profile");
    }
    assertTrue(
        Files.readString(DATA.resolve("nrw-clusters.json")).contains("\"formatVersion\" : \"1.1\""),
        "the data set is written in the current format");
  }

  @Test
  void atLeastTwentyProfilesEachWithItsSource() {
    List<ClusterProfile> profiles = NrwClusters.profiles();
    assertTrue(profiles.size() >= 20, "only " + profiles.size());
    for (ClusterProfile profile : profiles) {
      assertTrue(!profile.metadata().sources().isEmpty(), profile.organisation().id().value());
    }
    assertEquals(
        profiles.size(), profiles.stream().map(p -> p.organisation().id()).distinct().count());
  }

  @Test
  void theDataSetValidatesCleanUnderTheCoreRules() {
    ProfileValidator core = ProfileValidator.core();
    for (ClusterProfile profile : NrwClusters.profiles()) {
      assertEquals(
          List.of(), core.validate(profile).findings(), profile.organisation().id().value());
    }
  }

  @Test
  void everyEccpAndEuclesFindingIsAGapListedInTheReadme() throws Exception {
    ProfileValidator validator =
        ProfileValidator.builder().ruleSets(RuleSet.ECCP, RuleSet.EUCLES).build();
    Map<String, Integer> found = new TreeMap<>();
    for (ClusterProfile profile : NrwClusters.profiles()) {
      for (Finding finding : validator.validate(profile).findings()) {
        assertTrue(
            finding.rule().ruleSet() != RuleSet.CORE || finding.severity() == Severity.INFO,
            finding.toString());
        found.merge(finding.rule().code(), 1, Integer::sum);
      }
    }
    Map<String, Integer> listed = new TreeMap<>();
    Matcher row =
        Pattern.compile("(?m)^\\| `((?:eccp|eucles)\\.[a-z-]+)` \\| (\\d+) \\|")
            .matcher(Files.readString(Path.of("README.md")));
    while (row.find()) {
      listed.put(row.group(1), Integer.parseInt(row.group(2)));
    }
    assertEquals(listed, found, "examples/README.md lists the gaps; keep it in step");
  }
}
