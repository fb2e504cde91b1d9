package eu.clusterdata.rdf;

import eu.clusterdata.model.testing.GeneratedFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shipped JSON-LD context is what {@link ContextSource} makes from the writer's output. */
class ContextTest {

  @Test
  @Tag("generated")
  void theShippedContextIsTheGeneratedOne() {
    GeneratedFiles.check(
        "cluster-rdf/src/main/resources/eu/clusterdata/rdf/context.jsonld",
        ContextSource.generate());
  }
}
