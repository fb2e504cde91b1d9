package eu.clusterdata.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The property tests are only as good as the generator: every component of every record of the
 * model must be given a value (not its empty value) by some generated profile, so that a field
 * added to the model without a line in the generator fails here instead of passing every round trip
 * untested.
 */
class GeneratorCoverageTest {

  @Test
  void everyComponentOfTheModelIsGenerated() {
    Set<String> uncovered = ModelCoverage.allComponents();
    uncovered.removeAll(
        ModelCoverage.componentsGiven(ProfileGenerator.seeded(1).stream(60).toList()));
    assertEquals(Set.of(), uncovered, "components no profile of seed 1 gives a value");
  }
}
