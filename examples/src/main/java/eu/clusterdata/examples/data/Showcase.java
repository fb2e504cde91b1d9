package eu.clusterdata.examples.data;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.Address;
import eu.clusterdata.model.Citation;
import eu.clusterdata.model.Classification;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ContactPoint;
import eu.clusterdata.model.Event;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.Funding;
import eu.clusterdata.model.FundingProgramme;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.Location;
import eu.clusterdata.model.Management;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.Partnership;
import eu.clusterdata.model.PartnershipInterest;
import eu.clusterdata.model.PracticeExample;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.ProgrammeRecognition;
import eu.clusterdata.model.Project;
import eu.clusterdata.model.ProjectFunding;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.StatusChange;
import eu.clusterdata.model.ThematicFocus;
import eu.clusterdata.model.TransformationEngagement;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InnovationField;
import eu.clusterdata.model.codes.InterestDirection;
import eu.clusterdata.model.codes.InterestKind;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.codes.PartnershipType;
import eu.clusterdata.model.codes.ProgrammeLevel;
import eu.clusterdata.model.codes.ProjectRole;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.codes.TargetGroup;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.Money;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The showcase: two made-up clusters, "Beispiel-Cluster Nord" and "Beispiel-Cluster Süd", that
 * between them use every field of the model, for tutorials, tests and reports where the NRW set
 * (which holds only what its sources say) has nothing to show: named members and member counts,
 * memberships over time, contacts with personal data, labels with their history, partnership
 * interests, projects with funding, events, impulse uptakes over time, citations and a platform's
 * extensions.
 *
 * <p><strong>Everything here is fictitious.</strong> Every profile's only source is of type {@link
 * SourceType#FICTITIOUS}, every name says "Beispiel" or "fiktiv", every web address is under {@code
 * example.org} (except the ECCP listings, which point to pages that do not exist), and the person
 * named is the German placeholder Erika Mustermann. The publication rules warn on every profile, so
 * that it is not published by mistake.
 */
public final class Showcase {

  /** Where the showcase's identifiers live: a domain reserved for examples. */
  public static final String NS = "https://example.org/showcase/";

  /** The one source of everything here. */
  static final Source FICTION =
      Source.builder(
              SourceType.FICTITIOUS,
              "Fiktive Beispieldaten des Projekts clusterdata (erfunden, über kein echtes Cluster)")
          .url(Iri.of("https://example.org/showcase/"))
          .retrieved(LocalDate.of(2026, 11, 30))
          .build();

  /** When the showcase was written: fixed, so that generating it again gives the same files. */
  static final Instant CREATED = Instant.parse("2026-11-30T09:00:00Z");

  private static final Currency EUR = Currency.getInstance("EUR");

  private Showcase() {}

  /** Returns the showcase's profiles, in identifier order. */
  public static List<ClusterProfile> profiles() {
    return List.of(north(), south());
  }

  /**
   * Beispiel-Cluster Nord: a cluster that names its members, with their memberships over time,
   * counts that agree with them, a contact person, and a service, project and practice example that
   * cite where they come from.
   */
  private static ClusterProfile north() {
    String base = NS + "nord/";
    Iri id = Iri.of(base + "organisation");
    List<Actor> actors = new ArrayList<>();
    List<Membership> memberships = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      ActorType type = MEMBER_TYPES[i % MEMBER_TYPES.length];
      boolean company = type == ActorType.COMPANY;
      actors.add(
          Actor.builder(Iri.of(base + "actor/" + i), MultilingualText.de(memberName(type, i)), type)
              .companySize(company ? (i % 3 == 0 ? CompanySize.STARTUP : CompanySize.SME) : null)
              .website(company ? Iri.of("https://firma-" + i + ".example.org/") : null)
              .location(Location.of(CountryCode.DE, NutsCode.of(i % 2 == 0 ? "DEF02" : "DEF03")))
              .sectors(
                  company ? List.of(NaceCode.rev21("62.10"), NaceCode.rev2("26.1")) : List.of())
              .extensions(
                  i == 1
                      ? Extensions.of(Map.of("https://platform.example.org/ns#memberSince", "2016"))
                      : Extensions.NONE)
              .build());
      memberships.add(
          Membership.builder(Iri.of(base + "actor/" + i))
              .role(
                  i == 1
                      ? MembershipRole.FOUNDING_MEMBER
                      : i == 2 ? MembershipRole.BOARD_MEMBER : MembershipRole.MEMBER)
              .period(DateRange.of(LocalDate.of(2016 + i % 8, 1 + i % 12, 1), null))
              .citations(i == 1 ? List.of(cite("Mitgliederverzeichnis, Nr. 1", null)) : List.of())
              // the founding membership as the register publishes it, under an IRI of its own
              .id(i == 1 ? Iri.of(base + "membership/1") : null)
              .build());
    }
    // One former member: a membership that has ended, so that the list shows a history.
    memberships.add(
        Membership.builder(Iri.of(base + "actor/16"))
            .role(MembershipRole.ASSOCIATE_MEMBER)
            .period(DateRange.of(LocalDate.of(2015, 3, 1), LocalDate.of(2019, 12, 31)))
            .build());

    Iri matchmaking = Iri.of(base + "service/matchmaking");
    Iri project = Iri.of(base + "project/kuestenkreislauf");
    Iri example = Iri.of(base + "example/werft");
    ClusterOrganisation organisation =
        ClusterOrganisation.builder(
                id,
                MultilingualText.de("Beispiel-Cluster Nord (fiktiv)")
                    .with("en", "Example Cluster North (fictitious)"))
            .acronym("BCN")
            .description(
                MultilingualText.de(
                        "Ein erfundenes Cluster der Meerestechnik, zur Veranschaulichung.")
                    .with("en", "A made-up maritime technology cluster, for illustration."))
            .website(Iri.of("https://nord.example.org/"), "de", "en")
            .location(
                Location.builder()
                    .country(CountryCode.DE)
                    .region(NutsCode.of("DEF02"))
                    .address(Address.of("Beispielkai 1", "24103", "Kiel"))
                    .build())
            .focus(
                ThematicFocus.NONE
                    .withSectors(NaceCode.rev21("30.11"), NaceCode.rev2("33.15"))
                    .withEcosystems(IndustrialEcosystem.MOBILITY_TRANSPORT_AUTOMOTIVE)
                    .withInnovationFields(InnovationField.MOBILITY_AND_LOGISTICS)
                    .withTechnologies(
                        Technology.of("advanced-materials"), Technology.of("unterwasser-sensorik"))
                    .withClassifications(
                        Classification.builder(
                                Iri.of("https://example.org/schemes/s3-prioritaeten"))
                            .version("2021")
                            .code("MAR-2")
                            .name(MultilingualText.de("Maritime Wirtschaft (fiktive S3-Priorität)"))
                            .build()))
            .management(
                Management.builder()
                    .teamSizeFte(new BigDecimal("4.5"))
                    .legalForm("e. V.")
                    .foundingYear(Year.of(2015))
                    .funding(
                        new Funding(
                            MultilingualText.de("Mitgliedsbeiträge"),
                            new Money(new BigDecimal("180000"), EUR)),
                        new Funding(MultilingualText.de("Landesförderung (fiktiv)"), null))
                    .build())
            .addPartnership(
                Partnership.builder(
                        Iri.of(NS + "partnership/beispiel-allianz"),
                        MultilingualText.de("Beispiel-Clusterallianz (fiktiv)"),
                        PartnershipType.REGIONAL_CLUSTER_NETWORK)
                    .period(DateRange.of(LocalDate.of(2024, 1, 1), null))
                    .website(Iri.of("https://allianz.example.org/"))
                    .citations(
                        cite(
                            "Pressemitteilung vom 15.01.2024",
                            "Das Cluster tritt der Allianz bei."))
                    .build())
            .addRecognition(
                ProgrammeRecognition.builder(
                        MultilingualText.de("Beispiel-Spitzenclusterprogramm (fiktiv)"),
                        ProgrammeLevel.NATIONAL)
                    .period(DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)))
                    .url(Iri.of("https://programm.example.org/"))
                    .citations(cite("Förderbescheid, S. 1", null))
                    .build())
            .addContact(ContactPoint.office("Geschäftsstelle", "info@nord.example.org"))
            .addContact(
                ContactPoint.builder()
                    .name("Erika Mustermann")
                    .email("erika.mustermann@nord.example.org")
                    .telephone("+49 431 000000")
                    .url(Iri.of("https://nord.example.org/team"))
                    .personalData(true)
                    .build())
            .extensions(Extensions.of(Map.of("https://platform.example.org/ns#reviewed", true)))
            .citations(
                cite("Selbstauskunft, Abschnitt 1", "Wir sind ein Cluster der Meerestechnik."))
            .build();

    Service service =
        Service.builder(
                matchmaking,
                MultilingualText.de("Beispiel-Matchmaking").with("en", "Example matchmaking"),
                ServiceArea.NETWORKING_AND_TRANSFER)
            .format(ServiceFormat.of("matchmaking"))
            .targetGroups(TargetGroup.of("smes"), TargetGroup.of("startups"))
            .transformations(Transformation.DECARBONISATION, Transformation.DIGITALISATION)
            .description(MultilingualText.de("Bringt Werften und Zulieferer zusammen."))
            .url(Iri.of("https://nord.example.org/matchmaking"))
            .extensions(
                Extensions.of(
                    Map.of("https://platform.example.org/ns#slots", new BigDecimal("12"))))
            .citations(
                cite("Selbstauskunft, Abschnitt 2", "Wir bringen Werften und Zulieferer zusammen."))
            .build();
    Project kuestenkreislauf =
        Project.builder(project, MultilingualText.de("Beispielprojekt Küstenkreislauf (fiktiv)"))
            .acronym("KÜKREIS")
            .fundingProgramme("Interreg Nordsee (fiktive Förderung)")
            .partners(Iri.of(base + "actor/1"), Iri.of(base + "actor/2"))
            .period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 6, 30)))
            .budget(new Money(new BigDecimal("2400000"), EUR))
            .description(MultilingualText.de("Kreislaufwirtschaft im Schiffbau."))
            .website(Iri.of("https://kuestenkreislauf.example.org/"))
            .extensions(
                Extensions.of(
                    Map.of("https://platform.example.org/ns#workPackages", new BigDecimal("5"))))
            .addFunding(
                ProjectFunding.builder(FundingProgramme.of("interreg"))
                    .grantNumber("BEISPIEL-0001")
                    .role(ProjectRole.COORDINATOR)
                    .period(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 6, 30)))
                    .amount(new Money(new BigDecimal("1800000"), EUR))
                    .build())
            .citations(cite("Projektdatenbank, Eintrag 0001", null))
            .build();
    PracticeExample werft =
        PracticeExample.builder(
                example, MultilingualText.de("Beispiel: Recyclingstahl für eine Werft (fiktiv)"))
            .description(
                MultilingualText.de(
                    "Eine Werft und ein Zulieferer fanden über das Matchmaking zusammen."))
            .actors(Iri.of(base + "actor/1"), Iri.of(base + "actor/3"))
            .services(matchmaking)
            .transformations(Transformation.DECARBONISATION)
            .extensions(Extensions.of(Map.of("https://platform.example.org/ns#featured", true)))
            .citations(
                cite("Jahresbericht 2025, S. 12", "Eine Werft fand über uns einen Zulieferer."))
            .build();

    ClusterProfile.Builder profile =
        ClusterProfile.builder(organisation, metadata(NutsVersion.NUTS_2021));
    actors.forEach(profile::addActor);
    memberships.forEach(profile::addMembership);
    countsOf(actors, LocalDate.of(2026, 10, 31)).forEach(profile::addMemberCount);
    return profile
        .addService(service)
        .addEngagement(
            TransformationEngagement.builder(Transformation.DECARBONISATION)
                .description(MultilingualText.de("Kreislaufwirtschaft im Schiffbau."))
                .services(matchmaking)
                .projects(project)
                .practiceExamples(example)
                .citations(cite("Selbstauskunft, Abschnitt 3", null))
                .build())
        .addImpulseUptake(
            ImpulseUptake.builder(
                    ImpulseCatalogue.find("I07").orElseThrow(), ImpulseStatus.IMPLEMENTED)
                .evidence(MultilingualText.de("Das Matchmaking ist seit 2025 in Betrieb (fiktiv)."))
                .source(Iri.of("https://nord.example.org/bericht-2025"))
                .history(
                    StatusChange.of(ImpulseStatus.PLANNED, LocalDate.of(2024, 3, 1)),
                    StatusChange.of(ImpulseStatus.IN_PROGRESS, LocalDate.of(2024, 9, 1)),
                    StatusChange.of(ImpulseStatus.IMPLEMENTED, LocalDate.of(2025, 5, 1)))
                .citations(cite("Jahresbericht 2025, S. 3", null))
                .build())
        .addProject(kuestenkreislauf)
        .addPracticeExample(werft)
        .extensions(
            Extensions.of(Map.of("https://platform.example.org/ns#dataSteward", "Team Nord")))
        .build();
  }

  /**
   * Beispiel-Cluster Süd: a cluster that publishes its member counts rather than names, with a
   * label history from Bronze to Gold, partnership interests and a matchmaking event.
   */
  private static ClusterProfile south() {
    String base = NS + "sued/";
    ClusterOrganisation organisation =
        ClusterOrganisation.builder(
                Iri.of(base + "organisation"), MultilingualText.de("Beispiel-Cluster Süd (fiktiv)"))
            .website(Iri.of("https://sued.example.org/"), "de", "en")
            .location(Location.of(CountryCode.DE, NutsCode.of("DE212")))
            .focus(
                ThematicFocus.NONE
                    .withEcosystems(IndustrialEcosystem.HEALTH)
                    .withInnovationFields(InnovationField.MEDICINE_HEALTH_LIFE_SCIENCES)
                    .withTechnologies(Technology.of("biotechnology")))
            .management(Management.builder().teamSizeFte(new BigDecimal("3")).build())
            .addLabel(
                Label.builder(LabelLevel.BRONZE)
                    .awarded(LocalDate.of(2021, 3, 15))
                    .validUntil(LocalDate.of(2023, 3, 31))
                    .scheme(LabelScheme.EUCLES)
                    .build())
            .addLabel(
                Label.builder(LabelLevel.SILVER)
                    .awarded(LocalDate.of(2023, 2, 10))
                    .validUntil(LocalDate.of(2025, 2, 28))
                    .scheme(LabelScheme.EUCLES)
                    .assessor("Beispiel-Gutachterin (fiktiv)")
                    .build())
            .addLabel(
                Label.builder(LabelLevel.GOLD)
                    .awarded(LocalDate.of(2025, 1, 20))
                    .validUntil(LocalDate.of(2027, 1, 31))
                    .scorePercent(new BigDecimal("86.5"))
                    .scheme(LabelScheme.EUCLES)
                    .assessor("Beispiel-Gutachterin (fiktiv)")
                    .citations(cite("Label-Urkunde", null))
                    .build())
            .addListing(
                Iri.of(
                    "https://clustercollaboration.eu/cluster-organisations/beispiel-cluster-sued"))
            // Agreed at the partnering day below, which names it as its outcome.
            .addPartnership(
                Partnership.builder(
                        Iri.of(base + "partnership/sued-nord"),
                        MultilingualText.de("Beispiel-Partnerschaft Süd–Nord (fiktiv)"),
                        PartnershipType.INTERREGIONAL_PARTNERSHIP)
                    .period(DateRange.of(LocalDate.of(2026, 5, 12), null))
                    .build())
            .build();
    ClusterProfile.Builder profile = ClusterProfile.builder(organisation, metadata(null));
    List.of(
            count("sme", 30, LocalDate.of(2025, 12, 31)),
            count("university", 4, LocalDate.of(2025, 12, 31)),
            count("research-organisation", 3, LocalDate.of(2025, 12, 31)),
            count("public-body", 2, LocalDate.of(2025, 12, 31)),
            count("sme", 24, LocalDate.of(2023, 12, 31)),
            count("university", 3, LocalDate.of(2023, 12, 31)))
        .forEach(profile::addMemberCount);
    return profile
        .addService(
            Service.builder(
                    Iri.of(base + "service/gruenderberatung"),
                    MultilingualText.de("Beispiel-Gründungsberatung"),
                    ServiceArea.STARTUP_SUPPORT)
                .format(ServiceFormat.of("consulting"))
                .build())
        .addInterest(
            PartnershipInterest.builder(
                    InterestDirection.REQUEST, InterestKind.of("joint-rd-project"))
                .ecosystems(IndustrialEcosystem.HEALTH)
                .technologies(Technology.of("biotechnology"))
                .transformations(Transformation.DIGITALISATION)
                .serviceAreas(ServiceArea.INTERNATIONALISATION)
                .countries(CountryCode.of("FR"), CountryCode.of("NL"))
                .regions(NutsCode.of("NL32"))
                .period(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)))
                .description(MultilingualText.de("Wir suchen Partner für ein Diagnostik-Projekt."))
                .citations(cite("Partnersuche, Eintrag 7", null))
                .build())
        .addInterest(
            PartnershipInterest.builder(
                    InterestDirection.OFFER, InterestKind.of("knowledge-exchange"))
                .build())
        .addEvent(
            Event.builder(
                    Iri.of(base + "event/partnering-tag"),
                    MultilingualText.de("Beispiel-Partnering-Tag (fiktiv)"))
                .format(ServiceFormat.of("matchmaking"))
                .period(DateRange.of(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 12)))
                .region(NutsCode.of("DE212"))
                .address(Address.of("Beispielplatz 2", "80331", "München"))
                .online(true)
                .organisers(Iri.of(base + "organisation"))
                .participants(Iri.of(NS + "nord/organisation"))
                .regions(NutsCode.of("DE212"), NutsCode.of("DEF02"))
                .outcomes(Iri.of(base + "partnership/sued-nord"))
                .description(
                    MultilingualText.de("Ein Tag für Partnerschaften über Regionsgrenzen."))
                .website(Iri.of("https://sued.example.org/partnering"))
                .citations(cite("Veranstaltungskalender 2026", null))
                .build())
        .build();
  }

  private static final ActorType[] MEMBER_TYPES = {
    ActorType.COMPANY,
    ActorType.COMPANY,
    ActorType.UNIVERSITY,
    ActorType.RESEARCH_ORGANISATION,
    ActorType.COMPANY,
    ActorType.PUBLIC_BODY,
    ActorType.INTERMEDIARY
  };

  private static String memberName(ActorType type, int i) {
    return switch (type) {
      case COMPANY -> "Beispiel-Firma " + i + " GmbH (fiktiv)";
      case UNIVERSITY -> "Beispiel-Hochschule " + i + " (fiktiv)";
      case RESEARCH_ORGANISATION -> "Beispiel-Institut " + i + " (fiktiv)";
      case PUBLIC_BODY -> "Beispiel-Amt " + i + " (fiktiv)";
      default -> "Beispiel-Verband " + i + " (fiktiv)";
    };
  }

  /** The member counts that the named members give, by member type, as of {@code day}. */
  private static List<MemberCount> countsOf(List<Actor> actors, LocalDate day) {
    Map<String, Integer> byType = new TreeMap<>();
    for (Actor actor : actors) {
      byType.merge(memberType(actor), 1, Integer::sum);
    }
    List<MemberCount> counts = new ArrayList<>();
    byType.forEach(
        (type, n) ->
            counts.add(
                MemberCount.builder(MemberType.of(type), n)
                    .asOf(day)
                    .source(Iri.of("https://nord.example.org/mitglieder"))
                    .citations(cite("Mitgliederverzeichnis, Stand " + day, null))
                    .build()));
    return counts;
  }

  private static String memberType(Actor actor) {
    return switch (actor.type()) {
      case COMPANY -> actor.companySize() == CompanySize.STARTUP ? "start-up" : "sme";
      case UNIVERSITY -> "university";
      case RESEARCH_ORGANISATION -> "research-organisation";
      case PUBLIC_BODY -> "public-body";
      default -> "intermediary";
    };
  }

  private static MemberCount count(String type, int count, LocalDate asOf) {
    return MemberCount.of(MemberType.of(type), count, asOf);
  }

  private static Citation cite(String locator, String quote) {
    return Citation.of(FICTION, locator, quote == null ? null : MultilingualText.de(quote));
  }

  private static ProfileMetadata metadata(NutsVersion version) {
    return ProfileMetadata.builder(CREATED)
        .lastModified(CREATED.plusSeconds(3600))
        .sourceSystem("clusterdata showcase")
        .sources(FICTION)
        .languages("de", "en")
        .nutsVersion(version)
        .build();
  }
}
