package eu.clusterdata.examples;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.store.PartnerCandidate;
import eu.clusterdata.store.ProfileStore;
import java.io.PrintStream;
import java.util.List;

/** Finds partner candidates for CLIB in the NRW data set, each with its score and reasons. */
public final class PartnerSearch {

  private PartnerSearch() {}

  static List<PartnerCandidate> run(PrintStream out) throws java.io.IOException {
    try (ProfileStore store = ProfileStore.inMemory();
        ProfileSource source = ProfileSource.open(DataSet.jsonLines())) {
      store.bulkLoad().from(source);
      Iri clib = Iri.of(eu.clusterdata.examples.data.NrwClusters.NS + "clib");
      List<PartnerCandidate> candidates = store.partnerCandidates(clib, 5);
      out.println("Partner candidates for CLIB:");
      for (PartnerCandidate candidate : candidates) {
        out.println(
            "  "
                + candidate.score()
                + "  "
                + candidate.cluster().displayName()
                + "  "
                + candidate.reasons());
      }
      return candidates;
    }
  }

  public static void main(String[] args) throws java.io.IOException {
    run(System.out);
  }
}
