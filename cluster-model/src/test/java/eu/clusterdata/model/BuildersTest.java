package eu.clusterdata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.testing.ModelCoverage;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.value.Iri;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every record of more than two components has a builder, and a builder loses nothing. */
class BuildersTest {

  @Test
  void everyRecordOfMoreThanTwoComponentsHasABuilderAndToBuilder() {
    List<String> missing = new ArrayList<>();
    for (RecordType<?> type : ModelDescription.records()) {
      Class<?> record = type.javaType();
      if (type.components().size() <= 2
          || !record.getPackageName().equals("eu.clusterdata.model")) {
        continue;
      }
      boolean builder =
          List.of(record.getMethods()).stream()
              .anyMatch(
                  m ->
                      m.getName().equals("builder")
                          && java.lang.reflect.Modifier.isStatic(m.getModifiers()));
      boolean toBuilder =
          List.of(record.getMethods()).stream().anyMatch(m -> m.getName().equals("toBuilder"));
      if (!builder || !toBuilder) {
        missing.add(record.getSimpleName());
      }
    }
    assertEquals(List.of(), missing, "records without builder() and toBuilder()");
  }

  /**
   * {@code toBuilder().build()} gives back every record of generated profiles, whatever it holds.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void toBuilderBuildsTheSameRecord(long seed) throws Exception {
    ProfileGenerator generator = ProfileGenerator.seeded(seed);
    Set<String> checked = new TreeSet<>();
    for (int i = 0; i < 5; i++) {
      List<Record> records = new ArrayList<>();
      ModelCoverage.visit(generator.next(), "$", (path, record) -> records.add(record));
      for (Record record : records) {
        Method toBuilder;
        try {
          toBuilder = record.getClass().getMethod("toBuilder");
        } catch (NoSuchMethodException e) {
          continue;
        }
        Object builder = toBuilder.invoke(record);
        Object built = builder.getClass().getMethod("build").invoke(builder);
        assertEquals(record, built, "seed " + seed + ": " + record.getClass().getSimpleName());
        checked.add(record.getClass().getSimpleName());
      }
    }
    assertTrue(checked.size() >= 15, "records checked: " + checked);
  }

  @Test
  void buildersStartWhereTheShortFactoriesDo() {
    Iri actor = Iri.of("https://example.org/actor");
    assertEquals(Membership.of(actor), Membership.builder(actor).build());
    Instant created = Instant.parse("2026-01-01T00:00:00Z");
    Source paper = Source.builder(SourceType.DOCUMENT, "Paper").build();
    assertEquals(
        ProfileMetadata.of(created, List.of(paper), "de"),
        ProfileMetadata.builder(created).sources(paper).languages("de").build());
    assertEquals(
        Label.of(LabelLevel.GOLD, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 31)),
        Label.builder(LabelLevel.GOLD)
            .awarded(LocalDate.of(2025, 1, 1))
            .validUntil(LocalDate.of(2027, 1, 31))
            .build());
    assertEquals(
        ImpulseUptake.builder("I07", ImpulseStatus.PLANNED).build(),
        ImpulseUptake.builder(ImpulseCatalogue.find("I07").orElseThrow(), ImpulseStatus.PLANNED)
            .build());
    assertEquals(
        MemberCount.of(MemberType.of("sme"), 12, null),
        MemberCount.builder(MemberType.of("sme"), 12).build());
    assertEquals(
        eu.clusterdata.model.value.MultilingualText.of("fr", "Pôle"),
        eu.clusterdata.model.value.MultilingualText.of(Locale.FRENCH, "Pôle"));
  }
}
