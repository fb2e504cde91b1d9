package eu.clusterdata.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.description.ValueKind;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
    Set<String> all = new TreeSet<>();
    for (RecordType<?> record : ModelDescription.records()) {
      for (Component component : record.components()) {
        all.add(record.javaType().getSimpleName() + "." + component.name());
      }
    }
    Set<String> seen = new TreeSet<>();
    ProfileGenerator generator = ProfileGenerator.seeded(1);
    generator.stream(60).forEach(profile -> visit(profile, seen));
    all.removeAll(seen);
    assertEquals(Set.of(), all, "components no profile of seed 1 gives a value");
  }

  private static void visit(Object value, Set<String> seen) {
    if (!ModelDescription.describes(value.getClass())) {
      return;
    }
    RecordType<?> record = ModelDescription.of(value.getClass().asSubclass(Record.class));
    for (Component component : record.components()) {
      Object part = component.get(value);
      if (part == null || component.isEmptyValue(part) || Boolean.FALSE.equals(part)) {
        continue;
      }
      seen.add(record.javaType().getSimpleName() + "." + component.name());
      if (component.valueKind() == ValueKind.RECORD) {
        Collection<?> parts = part instanceof Collection<?> c ? c : List.of(part);
        parts.forEach(p -> visit(p, seen));
      }
    }
  }
}
