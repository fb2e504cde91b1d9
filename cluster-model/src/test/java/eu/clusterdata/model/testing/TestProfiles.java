package eu.clusterdata.model.testing;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.Management;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A small, readable profile that passes every rule set on {@link #TODAY}, for tests that break one
 * rule at a time. The cluster is fictional.
 */
public final class TestProfiles {

  /** The reference date of the tests. */
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  /** The namespace of the fixture's identifiers. */
  public static final String NS = "https://example.org/test/";

  private TestProfiles() {}

  /** Returns a validator of the given rule sets that judges as of {@link #TODAY}. */
  public static ProfileValidator validator(RuleSet... ruleSets) {
    Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return ProfileValidator.builder().ruleSets(ruleSets).clock(clock).build();
  }

  /** Returns the identifier {@code NS + local}. */
  public static Iri id(String local) {
    return Iri.of(NS + local);
  }

  /** Returns the fixture: 16 members of two helix types, one service, English website. */
  public static ClusterProfile valid() {
    ClusterOrganisation organisation =
        ClusterOrganisation.builder(
                id("cluster"),
                MultilingualText.de("Testcluster Düsseldorf").with("en", "Test Cluster Düsseldorf"))
            .acronym("TCD")
            .website(Iri.of("https://test-cluster.example.org/"), "de", "en")
            .location(Location.of(CountryCode.DE, NutsCode.of("DEA11")))
            .management(Management.UNKNOWN.withTeamSizeFte(new BigDecimal("2.5")))
            .build();
    ProfileMetadata metadata =
        ProfileMetadata.of(
            Instant.parse("2026-01-15T10:00:00Z"), List.of(Source.system("test")), "de", "en");
    ClusterProfile.Builder profile = ClusterProfile.builder(organisation, metadata);
    for (int i = 0; i < 12; i++) {
      profile.addMember(
          Actor.company(
              id("company-" + i), MultilingualText.de("Firma Müller " + i), CompanySize.SME));
    }
    for (int i = 0; i < 4; i++) {
      profile.addMember(
          Actor.of(
              id("university-" + i), MultilingualText.de("Hochschule " + i), ActorType.UNIVERSITY));
    }
    profile.addService(
        Service.builder(
                id("service-radar"),
                MultilingualText.de("Innovationsradar"),
                ServiceArea.INFORMATION_AND_ANALYSIS)
            .format(ServiceFormat.of("publication"))
            .transformations(Transformation.DIGITALISATION)
            .build());
    return profile.build();
  }

  /**
   * The profile with nothing in any list (no actors, services, labels, sources...): what the
   * clusters sheet of the tabular layout alone holds, as one CSV file does. A management team size
   * is added where there is none, so that a number is among the cells.
   */
  public static ClusterProfile clustersSheetOnly(ClusterProfile profile) {
    ClusterOrganisation o = profile.organisation();
    eu.clusterdata.model.ThematicFocus f = o.focus();
    Management m = o.management();
    ProfileMetadata d = profile.metadata();
    return ClusterProfile.builder(
            new ClusterOrganisation(
                o.id(),
                o.name(),
                o.acronym(),
                o.description(),
                o.website(),
                o.websiteLanguages(),
                o.location(),
                new eu.clusterdata.model.ThematicFocus(
                    f.sectors(), f.ecosystems(), f.innovationFields(), f.technologies(), List.of()),
                new Management(
                    m.teamSizeFte() == null ? new BigDecimal("1.5") : m.teamSizeFte(),
                    m.legalForm(),
                    m.foundingYear(),
                    List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                o.listings(),
                o.extensions(),
                List.of()),
            new ProfileMetadata(
                d.created(),
                d.lastModified(),
                d.sourceSystem(),
                List.of(),
                d.languages(),
                d.nutsVersion()))
        .build();
  }
}
