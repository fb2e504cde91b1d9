package eu.clusterdata.store;

import static eu.clusterdata.model.testing.TestProfiles.id;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.PartnershipInterest;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.ThematicFocus;
import eu.clusterdata.model.TransformationEngagement;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InterestDirection;
import eu.clusterdata.model.codes.InterestKind;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Four clusters whose answers to every typed query are known by construction.
 *
 * <ul>
 *   <li>alpha (DEA11): digital and energy-intensive, technology AI, a start-up service for
 *       decarbonisation, impulse I07, a gold label; members shared-1, shared-2, alpha-only
 *   <li>beta (DEA23): energy-intensive, an engagement in decarbonisation, a networking service;
 *       members shared-1, shared-2
 *   <li>gamma (DE21, Bavaria): digital, technology AI, a start-up service for decarbonisation;
 *       member shared-1
 *   <li>delta (DEA5): health, a start-up service for no transformation; member delta-only
 * </ul>
 */
final class StoreFixtures {

  static final Technology AI = Technology.of("artificial-intelligence");

  private StoreFixtures() {}

  static ClusterProfile alpha() {
    return cluster(
            "alpha",
            "Alpha",
            "DEA11",
            IndustrialEcosystem.DIGITAL,
            IndustrialEcosystem.ENERGY_INTENSIVE_INDUSTRIES)
        .organisation(
            organisation("alpha", "Alpha", "DEA11")
                .focus(
                    ThematicFocus.NONE
                        .withEcosystems(
                            IndustrialEcosystem.DIGITAL,
                            IndustrialEcosystem.ENERGY_INTENSIVE_INDUSTRIES)
                        .withTechnologies(AI))
                .addLabel(
                    Label.of(LabelLevel.GOLD, LocalDate.of(2025, 3, 1), LocalDate.of(2027, 3, 1)))
                .build())
        .addMember(company("shared-1"))
        .addMember(company("shared-2"))
        .addMember(
            Actor.of(
                id("alpha-only"), MultilingualText.de("Hochschule Alpha"), ActorType.UNIVERSITY))
        .addService(
            service("alpha-start", ServiceArea.STARTUP_SUPPORT, Transformation.DECARBONISATION))
        .addImpulseUptake(
            new ImpulseUptake(
                "I07",
                ImpulseStatus.IMPLEMENTED,
                MultilingualText.en("Runs the accelerator"),
                null))
        .build();
  }

  static ClusterProfile beta() {
    return cluster("beta", "Beta", "DEA23", IndustrialEcosystem.ENERGY_INTENSIVE_INDUSTRIES)
        .addMember(company("shared-1"))
        .addMember(company("shared-2"))
        .addService(service("beta-net", ServiceArea.NETWORKING_AND_TRANSFER))
        .addEngagement(
            TransformationEngagement.of(
                Transformation.DECARBONISATION, MultilingualText.en("Hydrogen working group")))
        .build();
  }

  static ClusterProfile gamma() {
    ClusterProfile.Builder builder = cluster("gamma", "Gamma", "DE21", IndustrialEcosystem.DIGITAL);
    return builder
        .organisation(
            organisation("gamma", "Gamma", "DE21")
                .focus(
                    ThematicFocus.NONE
                        .withEcosystems(IndustrialEcosystem.DIGITAL)
                        .withTechnologies(AI))
                .build())
        .addMember(company("shared-1"))
        .addService(
            service("gamma-start", ServiceArea.STARTUP_SUPPORT, Transformation.DECARBONISATION))
        .build();
  }

  static ClusterProfile delta() {
    return cluster("delta", "Delta", "DEA5", IndustrialEcosystem.HEALTH)
        .addMember(company("delta-only"))
        .addService(service("delta-start", ServiceArea.STARTUP_SUPPORT))
        .build();
  }

  /**
   * Epsilon (DE71): no topic in common with alpha, but it offers joint R&amp;D projects and seeks
   * market access; an interest of its own names digitalisation and internationalisation, which it
   * neither drives nor serves.
   */
  static ClusterProfile epsilon() {
    return cluster("epsilon", "Epsilon", "DE71", IndustrialEcosystem.TEXTILES)
        .addMember(company("epsilon-only"))
        .addInterest(
            PartnershipInterest.builder(
                    InterestDirection.OFFER, InterestKind.of("joint-rd-project"))
                .transformations(Transformation.DIGITALISATION)
                .build())
        .addInterest(
            PartnershipInterest.builder(InterestDirection.REQUEST, InterestKind.of("market-access"))
                .serviceAreas(ServiceArea.INTERNATIONALISATION)
                .build())
        .build();
  }

  /** Alpha seeking joint R&amp;D partners in Hesse (DE7) and offering knowledge exchange. */
  static ClusterProfile alphaWithInterests() {
    return alpha().toBuilder()
        .addInterest(
            PartnershipInterest.builder(
                    InterestDirection.REQUEST, InterestKind.of("joint-rd-project"))
                .regions(NutsCode.of("DE7"))
                .build())
        .addInterest(
            PartnershipInterest.builder(
                    InterestDirection.OFFER, InterestKind.of("knowledge-exchange"))
                .build())
        .build();
  }

  static List<ClusterProfile> all() {
    return List.of(alpha(), beta(), gamma(), delta());
  }

  /** A small cluster in Düsseldorf, one of many: {@code many-0042} for 42. */
  static ClusterProfile numbered(int number) {
    return cluster(
            String.format(java.util.Locale.ROOT, "many-%04d", number), "Many " + number, "DEA11")
        .build();
  }

  private static ClusterProfile.Builder cluster(
      String local, String name, String nuts, IndustrialEcosystem... ecosystems) {
    return ClusterProfile.builder(
        organisation(local, name, nuts)
            .focus(ThematicFocus.NONE.withEcosystems(ecosystems))
            .build(),
        ProfileMetadata.of(
            Instant.parse("2026-01-15T10:00:00Z"), List.of(Source.system("test")), "de", "en"));
  }

  private static ClusterOrganisation.Builder organisation(String local, String name, String nuts) {
    return ClusterOrganisation.builder(
            id(local), MultilingualText.de(name + " Cluster").with("en", name + " Cluster"))
        .acronym(name.toUpperCase(java.util.Locale.ROOT))
        .location(Location.of(CountryCode.DE, NutsCode.of(nuts)));
  }

  private static Actor company(String local) {
    return Actor.company(id(local), MultilingualText.de("Firma " + local), CompanySize.SME);
  }

  private static Service service(
      String local, ServiceArea area, Transformation... transformations) {
    return Service.builder(id(local), MultilingualText.de("Dienst " + local), area)
        .transformations(transformations)
        .build();
  }
}
