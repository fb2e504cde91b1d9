package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shapes check that region and sector IRIs are in the official lists, not only their form. */
class CodeListShapesTest {

  private static final ClusterRdf RDF = ClusterRdf.create();

  private static List<Finding> shapeFindings(String country, String region, NaceCode sector) {
    ClusterProfile profile = TestProfiles.valid();
    profile =
        profile.withOrganisation(
            profile.organisation().toBuilder()
                .location(Location.of(CountryCode.of(country), NutsCode.of(region)))
                .focus(profile.organisation().focus().withSectors(sector))
                .build());
    return RDF.validateShapes(RDF.toGraph(profile)).findings();
  }

  /** The findings about a value; the shape of the profile node fails with it, as SHACL nests. */
  private static List<Finding> onValue(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.value() != null && f.value().contains("europa"))
        .toList();
  }

  @Test
  void regionsAndSectorsOfTheListsConform() {
    assertEquals(List.of(), shapeFindings("DE", "DEA1A", NaceCode.rev21("62.10")));
    assertEquals(List.of(), shapeFindings("PT", "PT17", NaceCode.rev2("62.01")), "NUTS 2021 too");
  }

  @Test
  void aWellFormedRegionThatDoesNotExistIsAViolation() {
    List<Finding> findings = onValue(shapeFindings("DE", "DEZ9", NaceCode.rev21("62.10")));
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("<http://data.europa.eu/nuts/code/DEZ9>", findings.get(0).value());
    assertTrue(findings.get(0).path().endsWith("dct:spatial"), findings.get(0).path());
    assertTrue(findings.get(0).message().length() < 400, "no list of 2,000 regions in a message");
    assertTrue(
        findings.get(0).message().contains("the list of allowed values"),
        findings.get(0).message());
  }

  @Test
  void aWellFormedSectorThatDoesNotExistIsAViolation() {
    List<Finding> findings = onValue(shapeFindings("DE", "DEA1A", NaceCode.rev21("62.19")));
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("<http://data.europa.eu/ux2/nace2.1/6219>", findings.get(0).value());
  }

  @Test
  void naceConceptsDropTheDotsInBothRevisionsAndTheDottedFormIsStillRead() {
    ClusterProfile profile = TestProfiles.valid();
    profile =
        profile.withOrganisation(
            profile.organisation().toBuilder()
                .focus(
                    profile
                        .organisation()
                        .focus()
                        .withSectors(NaceCode.rev21("62.10"), NaceCode.rev2("62.01")))
                .build());
    org.apache.jena.graph.Graph graph = RDF.toGraph(profile);
    org.apache.jena.graph.Node activity =
        org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/legal#companyActivity");
    java.util.Set<String> written =
        graph.find(null, activity, null).mapWith(t -> t.getObject().getURI()).toSet();
    assertEquals(
        java.util.Set.of(
            "http://data.europa.eu/ux2/nace2.1/6210", "http://data.europa.eu/ux2/nace2/6201"),
        written);

    // A Rev. 2.1 IRI with its dot, as earlier versions wrote it, reads as the same code.
    org.apache.jena.graph.Triple dotless =
        graph
            .find(
                null,
                activity,
                org.apache.jena.graph.NodeFactory.createURI(
                    "http://data.europa.eu/ux2/nace2.1/6210"))
            .next();
    graph.delete(dotless);
    graph.add(
        dotless.getSubject(),
        activity,
        org.apache.jena.graph.NodeFactory.createURI("http://data.europa.eu/ux2/nace2.1/62.10"));
    assertEquals(List.of(profile), RDF.read(graph).profiles());
  }
}
