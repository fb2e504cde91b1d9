package eu.clusterdata.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ContactPoint;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.Partnership;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.PartnershipType;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in single pass and Hibernate Validator, the reference engine, give the same findings
 * (rule, path, value, message key and arguments) for generated profiles, for the property tests'
 * corruptions, and for a corruption of every kind of declared constraint.
 */
class EngineParityTest {

  private static final long BASE_SEED = 0x5EED_2026L;
  private static final int PROFILES = 40;

  private static final Clock CLOCK =
      Clock.fixed(
          ProfileGenerator.DEFAULT_REFERENCE_DATE.atStartOfDay().toInstant(ZoneOffset.UTC),
          ZoneOffset.UTC);

  private static final ProfileValidator BUILT_IN = validator(ConstraintEngine.BUILT_IN);
  private static final ProfileValidator BEAN_VALIDATION =
      validator(ConstraintEngine.BEAN_VALIDATION);

  private static ProfileValidator validator(ConstraintEngine engine) {
    return ProfileValidator.builder()
        .ruleSets(RuleSet.values())
        .clock(CLOCK)
        .constraintEngine(engine)
        .build();
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < PROFILES; i++) {
      long seed = BASE_SEED + i;
      cases.add(Arguments.of(seed, "unchanged", (UnaryOperator<ClusterProfile>) p -> p));
      for (Corruption corruption : Corruptions.all()) {
        cases.add(
            Arguments.of(
                seed,
                corruption.toString(),
                (UnaryOperator<ClusterProfile>)
                    p -> corruption.apply(p, new SplittableRandom(seed)).profile()));
      }
    }
    // One corruption of every kind of constraint the annotations declare, on one profile each.
    constraintCorruptions()
        .forEach((name, change) -> cases.add(Arguments.of(BASE_SEED, name, change)));
    return cases.stream();
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("cases")
  void bothEnginesFindTheSame(long seed, String name, UnaryOperator<ClusterProfile> change) {
    ClusterProfile profile = change.apply(ProfileGenerator.seeded(seed).next());
    List<String> builtIn = keys(BUILT_IN.validate(profile));
    List<String> reference = keys(BEAN_VALIDATION.validate(profile));
    assertEquals(reference, builtIn, "seed " + seed + ", " + name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constraintCases")
  void everyConstraintKindIsFound(String name, UnaryOperator<ClusterProfile> change) {
    ClusterProfile profile = change.apply(ProfileGenerator.seeded(BASE_SEED).next());
    List<String> before = keys(BUILT_IN.validate(ProfileGenerator.seeded(BASE_SEED).next()));
    List<String> after = keys(BUILT_IN.validate(profile));
    after.removeAll(before);
    assertFalse(after.isEmpty(), name + " was not found by the built-in engine");
  }

  static Stream<Arguments> constraintCases() {
    return constraintCorruptions().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static List<String> keys(ValidationReport report) {
    List<String> keys = new ArrayList<>();
    for (Finding f : report.findings()) {
      keys.add(
          f.rule().code()
              + " @"
              + f.path()
              + " value="
              + f.value()
              + " key="
              + f.messageKey()
              + " args="
              + f.arguments().stream().map(String::valueOf).toList());
    }
    keys.sort(null);
    return keys;
  }

  private static Map<String, UnaryOperator<ClusterProfile>> constraintCorruptions() {
    return Map.ofEntries(
        Map.entry(
            "e-mail without domain",
            org(o -> o.addContact(ContactPoint.office("Office", "office@")))),
        Map.entry(
            "e-mail with two at signs",
            org(o -> o.addContact(ContactPoint.office("Office", "a b@example.org")))),
        Map.entry(
            "telephone in words",
            org(o -> o.addContact(new ContactPoint("Office", null, "call us", null, false)))),
        Map.entry(
            "negative team size",
            org(o -> o.management(o.build().management().withTeamSizeFte(new BigDecimal("-1"))))),
        Map.entry(
            "score above 100",
            org(
                o ->
                    o.addLabel(
                        new Label(
                            LabelLevel.GOLD,
                            LocalDate.of(2025, 1, 1),
                            LocalDate.of(2026, 12, 31),
                            new BigDecimal("100.5"))))),
        Map.entry(
            "founding year in the future",
            org(o -> o.management(o.build().management().withFoundingYear(Year.of(2031))))),
        Map.entry("blank acronym", org(o -> o.acronym(" "))),
        Map.entry(
            "blank text entry",
            org(o -> o.description(MultilingualText.de(" ").with("en", "text")))),
        Map.entry(
            "period that ends before it starts",
            org(
                o ->
                    o.addPartnership(
                        new Partnership(
                            Iri.of("https://example.org/partnership"),
                            MultilingualText.en("Partnership"),
                            PartnershipType.values()[0],
                            DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)),
                            null)))));
  }

  private static UnaryOperator<ClusterProfile> org(
      UnaryOperator<ClusterOrganisation.Builder> change) {
    return p ->
        p.toBuilder().organisation(change.apply(p.organisation().toBuilder()).build()).build();
  }
}
