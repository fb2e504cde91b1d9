package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.examples.data.Showcase;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.format.CollectionCheck;
import eu.clusterdata.model.testing.ModelCoverage;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.Severity;
import eu.clusterdata.model.validation.ValidationReport;
import eu.clusterdata.rdf.ClusterRdf;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fictitious showcase uses the whole model, says everywhere that it is made up, and is valid.
 */
class ShowcaseTest {

  private static final List<ClusterProfile> SHOWCASE = Showcase.profiles();

  @Test
  void everyFieldOfTheModelIsUsed() {
    Set<String> unused = ModelCoverage.allComponents();
    unused.removeAll(ModelCoverage.componentsGiven(SHOWCASE));
    assertEquals(Set.of(), unused, "fields of the model the showcase leaves empty");
  }

  @Test
  void everyProfileSaysItIsFictitious() {
    for (ClusterProfile profile : SHOWCASE) {
      assertTrue(
          profile.metadata().sources().stream().allMatch(s -> s.type() == SourceType.FICTITIOUS),
          profile.organisation().id().value());
      assertTrue(
          profile.organisation().name().values().values().stream()
              .allMatch(name -> name.contains("fiktiv") || name.contains("fictitious")));
      ModelCoverage.visit(
          profile,
          "$",
          (path, record) -> {
            if (record instanceof eu.clusterdata.model.value.Iri iri) {
              String host = java.net.URI.create(iri.value()).getHost();
              assertTrue(
                  host.endsWith("example.org") || host.equals("clustercollaboration.eu"),
                  path + " points to " + iri.value());
            }
          });
      ValidationReport publication =
          ProfileValidator.builder().ruleSets(RuleSet.PUBLICATION).build().validate(profile);
      assertEquals(1, publication.findings(Rule.PUBLICATION_FICTITIOUS).size());
    }
  }

  @Test
  void theShowcaseMeetsTheCoreTheEccpAndTheEuclesRules() {
    ProfileValidator validator =
        ProfileValidator.builder()
            .ruleSets(RuleSet.CORE, RuleSet.ECCP, RuleSet.EUCLES)
            .clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC))
            .build();
    for (ClusterProfile profile : SHOWCASE) {
      List<Finding> errors =
          validator.validate(profile).findings().stream()
              .filter(f -> f.severity() == Severity.ERROR)
              .toList();
      assertEquals(List.of(), errors, profile.organisation().id().value());
    }
  }

  @Test
  void theShowcaseIsOneCollection() {
    CollectionCheck collection = new CollectionCheck();
    for (int i = 0; i < SHOWCASE.size(); i++) {
      assertEquals(List.of(), collection.check(SHOWCASE.get(i), i, 0));
    }
  }

  @Test
  void theShowcaseSurvivesJsonAndRdf() {
    ClusterJson json = ClusterJson.create();
    ClusterRdf rdf = ClusterRdf.create();
    for (ClusterProfile profile : SHOWCASE) {
      assertEquals(profile, json.readProfile(json.writeProfile(profile)));
      assertEquals(List.of(profile), rdf.read(rdf.toGraph(profile)).profiles());
    }
  }
}
