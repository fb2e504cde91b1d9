package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.NutsCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regions must exist, and the steward sees names where there are codes. */
class CodeListCommandsTest {

  @TempDir Path dir;

  private Path inRegion(String country, String region) throws Exception {
    ClusterProfile profile = SampleFiles.profiles(1).get(0);
    profile =
        profile.withOrganisation(
            profile.organisation().toBuilder()
                .location(Location.of(CountryCode.of(country), NutsCode.of(region)))
                .build());
    return SampleFiles.jsonLines(dir, region + ".jsonl", List.of(profile));
  }

  @Test
  void aRegionThatDoesNotExistFailsWithSuggestions() throws Exception {
    Cli cli = Cli.run("validate", inRegion("DE", "DEZ9").toString());
    assertEquals(1, cli.status(), cli.toString());
    assertTrue(cli.out().contains("ERROR core.nuts.unknown"), cli.toString());
    assertTrue(
        cli.out().contains("DEZ9 is not a region of NUTS 2024; did you mean DEZZ (Extra-Regio"),
        cli.toString());
  }

  @Test
  void theNutsVersionIsAnOption() throws Exception {
    Path lisbon = inRegion("PT", "PT17");
    Cli current = Cli.run("validate", lisbon.toString());
    assertEquals(0, current.status(), "a warning: " + current);
    assertTrue(current.out().contains("WARNING core.nuts.version"), current.toString());
    assertTrue(current.out().contains("PT1A (Grande Lisboa)"), current.toString());
    Cli old = Cli.run("validate", "--nuts", "2021", lisbon.toString());
    assertTrue(old.out().contains("Everything conforms."), old.toString());
    Cli json = Cli.run("validate", "--nuts", "2021", "--output", "json", lisbon.toString());
    assertTrue(
        json.out().contains("\"regionName\" : \"Área Metropolitana de Lisboa\""), json.toString());
    Cli wrong = Cli.run("validate", "--nuts", "2016", lisbon.toString());
    assertEquals(2, wrong.status(), wrong.toString());
  }

  @Test
  void cataloguesListRegionsAndActivitiesWithTheirNames() {
    Cli lander = Cli.run("catalogue", "nuts", "--country", "DE", "--level", "1", "-o", "csv");
    assertEquals(0, lander.status(), lander.toString());
    assertEquals(1 + 17, lander.out().split("\r\n").length, "16 Länder and DEZ: " + lander);
    assertTrue(lander.out().contains("DEA,1,Nordrhein-Westfalen"), lander.toString());
    Cli sections =
        Cli.run(
            "catalogue", "nace", "--revision", "2", "--level", "1", "--lang", "de", "-o", "csv");
    assertEquals(1 + 21, sections.out().split("\r\n").length, sections.toString());
    assertTrue(sections.out().contains("C,1,VERARBEITENDES GEWERBE"), sections.toString());
  }

  @Test
  void theRulesCatalogueSaysWhatEveryRuleChecks() {
    Cli rules = Cli.run("catalogue", "rules", "-o", "csv");
    assertEquals(0, rules.status(), rules.toString());
    List<String> lines = List.of(rules.out().split("\r\n"));
    assertEquals("code,set,severity,checks", lines.get(0));
    assertEquals(1 + Rule.values().length, lines.size(), rules.toString());
    assertTrue(
        lines.contains("eccp.english-website,eccp,error,The cluster has a website in English."),
        rules.toString());
    Cli german = Cli.run("catalogue", "rules", "--lang", "de");
    assertTrue(german.out().contains("Regelwerk"), german.toString());
    assertTrue(
        german.out().contains("Das Cluster hat eine englischsprachige Website."),
        german.toString());
  }

  @Test
  void theMemberTypesAreACatalogueWithTheActorsEachCounts() throws Exception {
    Cli german = Cli.run("catalogue", "member-types", "--lang", "de");
    assertEquals(0, german.status(), german.toString());
    assertTrue(
        german
            .out()
            .lines()
            .anyMatch(
                l ->
                    l.startsWith("sme ")
                        && l.contains("(KMU)")
                        && l.contains("Wirtschaft")
                        && l.endsWith("company sme")),
        german.toString());
    Cli json = Cli.run("catalogue", "member-types", "--output", "json");
    var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertEquals(
        eu.clusterdata.model.codes.MemberType.listedCodes().size(), rows.size(), json.out());
    assertEquals("research-and-universities", rows.get(4).get("sector").asText(), json.out());
  }

  @Test
  void theVersionNamesTheLibraryTheFormatAndTheLists() {
    Cli cli = Cli.run("--version");
    assertEquals(0, cli.status(), cli.toString());
    assertTrue(cli.out().matches("(?s)clusterdata \\d+\\.\\d+\\.\\d+.*"), cli.toString());
    assertTrue(cli.out().contains("profile format 1.1 (reads 1.0, 1.1)"), cli.toString());
    assertTrue(cli.out().contains("NUTS 2021 and 2024"), cli.toString());
  }

  @Test
  void shellCompletionIsGenerated() {
    Cli cli = Cli.run("generate-completion");
    assertEquals(0, cli.status(), cli.toString());
    assertTrue(cli.out().contains("complete -F"), cli.toString());
    assertTrue(
        cli.out().contains("validate") && cli.out().contains("--nuts"), "commands and options");
  }
}
