package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.examples.data.NrwClusters;
import eu.clusterdata.model.Citation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.testing.ModelCoverage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every statement of the NRW set says where it comes from: each record that can carry citations
 * (the organisation, services, engagements, uptakes, projects, practice examples, partnerships...)
 * carries at least one, with a quote, from a source the profile names. Whether each quote stands in
 * the source verbatim is checked against the documents themselves, which stay outside the project,
 * by {@code tools/check-quotes/check_quotes.py}.
 */
class ProvenanceTest {

  @Test
  void everyStatementOfTheNrwSetCitesItsSource() {
    List<String> uncited = new ArrayList<>();
    for (ClusterProfile profile : NrwClusters.profiles()) {
      String id = profile.organisation().id().value();
      ModelCoverage.visit(
          profile,
          "$",
          (path, record) ->
              ModelDescription.of(record.getClass())
                  .component("citations")
                  .ifPresent(
                      component -> {
                        List<?> citations = (List<?>) component.get(record);
                        if (citations.isEmpty()) {
                          uncited.add(id + " " + path);
                        }
                        for (Object c : citations) {
                          Citation citation = (Citation) c;
                          if (citation.quote() == null
                              || !profile.metadata().sources().contains(citation.source())) {
                            uncited.add(id + " " + path + " (no quote, or a source not listed)");
                          }
                        }
                      }));
    }
    assertEquals(List.of(), uncited);
  }

  @Test
  void theNrwSetHasStatementsToCite() {
    long citations =
        NrwClusters.profiles().stream()
            .mapToLong(p -> p.services().size() + p.engagements().size())
            .sum();
    assertTrue(citations > 50, "the set lost its statements: " + citations);
  }
}
