package eu.clusterdata.model.validation;

import static eu.clusterdata.model.validation.RuleCase.fails;
import static eu.clusterdata.model.validation.RuleCase.organisation;
import static eu.clusterdata.model.validation.RuleCase.passes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ContactPoint;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.testing.TestProfiles;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PublicationRulesTest {

  private static final ContactPoint PERSON =
      new ContactPoint("Dr. Erika Mustermann", "erika.mustermann@example.org", null, null, true);
  private static final ContactPoint OFFICE =
      ContactPoint.office("Geschäftsstelle", "info@example.org");

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase ruleCase) {
    ruleCase.check(RuleSet.PUBLICATION);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        fails(
            "a natural person's contact",
            Rule.PUBLICATION_PERSONAL_DATA,
            "organisation.contacts[1]",
            organisation(o -> o.addContact(OFFICE).addContact(PERSON))),
        passes(
            "an office's contact",
            Rule.PUBLICATION_PERSONAL_DATA,
            organisation(o -> o.addContact(OFFICE))),
        fails(
            "a fictitious source",
            Rule.PUBLICATION_FICTITIOUS,
            "metadata.sources[1]",
            p -> withSources(p, Source.system("Plattform"), FICTION)),
        passes(
            "real sources only",
            Rule.PUBLICATION_FICTITIOUS,
            p -> withSources(p, Source.system("Plattform"))));
  }

  private static final Source FICTION =
      new Source(SourceType.FICTITIOUS, "Beispieldaten (fiktiv)", null, null);

  private static ClusterProfile withSources(ClusterProfile p, Source... sources) {
    ProfileMetadata m = p.metadata();
    return p.toBuilder()
        .metadata(
            new ProfileMetadata(
                m.created(),
                m.lastModified(),
                m.sourceSystem(),
                List.of(sources),
                m.languages(),
                m.nutsVersion()))
        .build();
  }

  @Test
  void theWarningNamesTheContactInBothLanguages() {
    ClusterProfile profile = organisation(o -> o.addContact(PERSON)).apply(TestProfiles.valid());
    Finding finding =
        ProfileValidator.builder()
            .ruleSets(RuleSet.PUBLICATION)
            .build()
            .validate(profile)
            .findings(Rule.PUBLICATION_PERSONAL_DATA)
            .get(0);
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals(
        "The contact Dr. Erika Mustermann is personal data of a natural person (GDPR); leave it out"
            + " of what you publish: the public export of ClusterJson and ClusterRdf, or"
            + " clusterdata convert --public.",
        finding.message(Locale.ENGLISH));
    assertEquals(
        true, finding.message(Locale.GERMAN).startsWith("Der Kontakt Dr. Erika Mustermann ist"));
    assertEquals(
        List.of(),
        ProfileValidator.core().validate(profile).findings(Rule.PUBLICATION_PERSONAL_DATA));
  }

  @Test
  void thePublicFormLeavesOutPersonalDataAndKeepsTheRest() {
    ClusterProfile profile =
        organisation(o -> o.addContact(PERSON).addContact(OFFICE)).apply(TestProfiles.valid());
    ClusterProfile published = profile.withoutPersonalData();
    assertEquals(List.of(OFFICE), published.organisation().contacts());
    assertEquals(profile.withOrganisation(published.organisation()), published);
    assertEquals(
        List.of(),
        ProfileValidator.builder()
            .ruleSets(RuleSet.PUBLICATION)
            .build()
            .validate(published)
            .findings());
    ClusterProfile clean = TestProfiles.valid();
    assertSame(clean, clean.withoutPersonalData());
  }
}
