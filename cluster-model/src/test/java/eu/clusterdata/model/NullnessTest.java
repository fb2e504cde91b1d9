package eu.clusterdata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.description.Cardinality;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.testing.GeneratedFiles;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The nullness the API declares with JSpecify is the nullness the model has: NullAway checks the
 * code against the annotations in the build; these tests check the annotations against the model.
 */
class NullnessTest {

  @Test
  void aComponentIsNullableExactlyWhereTheModelAllowsNull() {
    List<String> wrong = new ArrayList<>();
    for (RecordType<?> type : ModelDescription.records()) {
      RecordComponent[] declared = type.javaType().getRecordComponents();
      for (Component component : type.components()) {
        boolean annotated =
            declared[component.index()].getAnnotatedType().isAnnotationPresent(Nullable.class);
        boolean nullable = component.cardinality() == Cardinality.ONE && component.nullable();
        if (annotated != nullable) {
          wrong.add(
              type.javaType().getSimpleName()
                  + "."
                  + component.name()
                  + (nullable ? " allows null but is not @Nullable" : " is @Nullable"));
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void whatIsNotNullableIsRefusedAtConstruction() {
    assertFalse(ModelDescription.of(Label.class).component("level").orElseThrow().nullable());
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Label.builder(null).build());
    assertEquals("level is required but was null", e.getMessage());
  }

  @Test
  void everyPackageOfTheLibraryIsNullMarked() throws IOException {
    Path root = GeneratedFiles.root();
    Set<String> unmarked = new TreeSet<>();
    int packages = 0;
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module :
          modules.filter(m -> m.getFileName().toString().startsWith("cluster-")).toList()) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(sources)) {
          Set<Path> folders = new TreeSet<>();
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("module-info.java"))
              .forEach(f -> folders.add(f.getParent()));
          for (Path folder : folders) {
            packages++;
            Path info = folder.resolve("package-info.java");
            if (!Files.isRegularFile(info) || !Files.readString(info).contains("@NullMarked")) {
              unmarked.add(root.relativize(folder).toString());
            }
          }
        }
      }
    }
    assertTrue(packages > 20, "found only " + packages + " packages under " + root);
    assertEquals(Set.of(), unmarked);
  }
}
