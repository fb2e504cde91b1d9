package eu.clusterdata.model.testing;

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
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
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
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A seeded generator of random cluster profiles that are valid under every rule set (core, ECCP and
 * EUCLES) on a given reference date. The same seed always gives the same profiles, so a failing
 * property test is reproduced by its seed.
 *
 * <p>Every optional part of the model is sometimes present and sometimes absent, so that round
 * trips through the interchange formats exercise all of it. Texts use German umlauts and ß.
 *
 * <pre>{@code
 * ProfileGenerator generator = ProfileGenerator.builder().seed(42).build();
 * ClusterProfile profile = generator.next();
 * }</pre>
 *
 * <p>Not thread-safe: use one generator per thread.
 */
public final class ProfileGenerator {

  /** The reference date the generated profiles are valid on, unless the builder sets another. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 6, 1);

  private static final String[] NRW_REGIONS = {
    "DEA", "DEA1", "DEA11", "DEA12", "DEA13", "DEA2", "DEA22", "DEA23", "DEA3", "DEA4", "DEA41",
    "DEA5", "DEA56"
  };
  private static final String[] NACE_2 = {
    "C", "20.1", "21", "21.10", "26.1", "28.9", "62.01", "72.11", "M"
  };
  private static final String[] NACE_21 = {"C", "20.14", "21", "62.10", "72.10"};
  private static final String[] WORDS_DE = {
    "Präzision", "Bioökonomie", "Kunststoff", "Logistik", "Gießerei", "Künstliche Intelligenz",
    "Wasserstoff", "Medizintechnik", "Straßenbau", "Lebensmittel", "Photonik", "Ökodesign"
  };
  private static final String[] WORDS_EN = {
    "Precision", "Bioeconomy", "Plastics", "Logistics", "Foundry", "Artificial Intelligence",
    "Hydrogen", "Medical Technology", "Road Building", "Food", "Photonics", "Ecodesign"
  };
  private static final String[] LEGAL_FORMS = {"e.V.", "GmbH", "gGmbH", "GbR"};
  private static final String[] PROGRAMMES = {
    "Horizon 2020", "Horizon Europe", "Single Market Programme", "EFRE/JTF NRW"
  };

  private SplittableRandom random;
  private final long seed;
  private final LocalDate today;
  private final int minMembers;
  private final int maxMembers;
  private int count;
  private int nextId;

  private ProfileGenerator(Builder builder) {
    this.seed = builder.seed;
    this.random = new SplittableRandom(builder.seed);
    this.today = builder.referenceDate;
    this.minMembers = builder.minMembers;
    this.maxMembers = builder.maxMembers;
  }

  /**
   * Returns a builder: seed 0, reference date {@link #DEFAULT_REFERENCE_DATE}, 15 to 40 members.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a generator with this seed and the default settings. */
  public static ProfileGenerator seeded(long seed) {
    return builder().seed(seed).build();
  }

  /** Returns the seed, for messages that let a failure be reproduced. */
  public long seed() {
    return seed;
  }

  /** Returns the reference date on which the profiles are valid. */
  public LocalDate referenceDate() {
    return today;
  }

  /** Returns the next profiles, lazily. */
  public Stream<ClusterProfile> stream(int size) {
    return Stream.generate(this::next).limit(size);
  }

  /** Returns the next profile. */
  public ClusterProfile next() {
    int n = count++;
    String base = "https://example.org/generated/" + seed + "/cluster-" + n + "/";
    List<Actor> actors = actors(base);
    int members = Math.min(actors.size(), between(minMembers, maxMembers));
    ClusterProfile.Builder profile =
        ClusterProfile.builder(organisation(base, n), metadata()).extensions(extensions());
    actors.forEach(profile::addActor);
    for (int i = 0; i < members; i++) {
      profile.addMembership(membership(actors.get(i).id(), base, i));
    }
    List<Service> services = repeat(between(1, 6), () -> service(base));
    services.forEach(profile::addService);
    List<Project> projects = repeat(between(0, 3), () -> project(base, actors));
    projects.forEach(profile::addProject);
    List<PracticeExample> examples =
        repeat(between(0, 2), () -> practiceExample(base, actors, services));
    examples.forEach(profile::addPracticeExample);
    for (Transformation t : subset(Transformation.values(), 0)) {
      profile.addEngagement(
          new TransformationEngagement(
              t,
              maybe(() -> text("Engagement")),
              pick(services.stream().map(Service::id).toList(), 2),
              pick(projects.stream().map(Project::id).toList(), 2),
              pick(examples.stream().map(PracticeExample::id).toList(), 1)));
    }
    for (int i : distinctIndices(ImpulseCatalogue.impulses().size(), between(0, 3))) {
      profile.addImpulseUptake(
          new ImpulseUptake(
              ImpulseCatalogue.impulses().get(i).code(),
              oneOf(ImpulseStatus.values()),
              maybe(() -> text("Nachweis")),
              maybe(() -> Iri.of(base + "evidence/" + i))));
    }
    return withCitations(withFormat11(profile.build(), base, n), n);
  }

  /**
   * Gives about a third of the statements citations, drawn from a stream of their own like the
   * parts of {@link #withFormat11}. Walks the profile through the model description, so that every
   * record type that carries citations gets some, including any that gains them later.
   */
  private ClusterProfile withCitations(ClusterProfile profile, int n) {
    SplittableRandom shared = random;
    random = new SplittableRandom(seed * 2_000_003L + n);
    try {
      return (ClusterProfile) cite(profile);
    } finally {
      random = shared;
    }
  }

  private Object cite(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(this::cite).toList();
    }
    if (!(value instanceof Record) || !ModelDescription.describes(value.getClass())) {
      return value;
    }
    RecordType<?> type = ModelDescription.of(((Record) value).getClass().asSubclass(Record.class));
    if (type.isSingleString()) {
      return value;
    }
    Object[] values = new Object[type.components().size()];
    for (Component c : type.components()) {
      values[c.index()] =
          c.name().equals("citations") && random.nextInt(3) == 0
              ? repeat(between(1, 2), this::citation)
              : cite(c.get(value));
    }
    return type.construct(values);
  }

  private Citation citation() {
    Source source =
        new Source(
            oneOf(SourceType.values()),
            "Quelle " + between(1, 99),
            maybe(() -> Iri.of("https://source.example.org/" + between(1, 99))),
            null);
    return new Citation(source, maybe(() -> "S. " + between(1, 80)), maybe(() -> text("Zitat")));
  }

  /**
   * Adds what format 1.1 brought: member counts, label schemes and assessors, uptake histories,
   * project funding, classifications, partnership interests, events and the NUTS version. They are
   * drawn from a stream of their own, so that a seed still gives the profiles it gave before 1.1
   * plus these parts, and figures measured on generated data stay comparable.
   */
  private ClusterProfile withFormat11(ClusterProfile profile, String base, int n) {
    SplittableRandom shared = random;
    random = new SplittableRandom(seed * 1_000_003L + n);
    try {
      List<MemberCount> counts = random.nextBoolean() ? memberCounts(profile) : List.of();
      ClusterOrganisation org = profile.organisation();
      ClusterOrganisation.Builder orgBuilder = org.toBuilder().labels(List.of());
      for (Label label : org.labels()) {
        orgBuilder.addLabel(
            new Label(
                label.level(),
                label.awarded(),
                label.validUntil(),
                label.scorePercent(),
                maybe(() -> LabelScheme.EUCLES),
                maybe(() -> "ESCA-Assessor " + between(1, 9))));
      }
      if (random.nextInt(4) == 0) {
        orgBuilder.addLabel(
            new Label(
                LabelLevel.GOLD,
                today.minusMonths(between(0, 30)),
                null,
                null,
                LabelScheme.of("go-cluster"),
                null));
      }
      orgBuilder.focus(
          org.focus()
              .withClassifications(
                  repeat(between(0, 2), this::classification).toArray(Classification[]::new)));
      List<ImpulseUptake> uptakes = new ArrayList<>();
      for (ImpulseUptake uptake : profile.impulseUptakes()) {
        uptakes.add(
            new ImpulseUptake(
                uptake.impulse(),
                uptake.status(),
                uptake.evidence(),
                uptake.source(),
                random.nextBoolean() ? List.of() : history(uptake.status())));
      }
      List<Project> projects = new ArrayList<>();
      for (Project project : profile.projects()) {
        projects.add(
            new Project(
                project.id(),
                project.name(),
                project.acronym(),
                project.fundingProgramme(),
                project.partners(),
                project.period(),
                project.budget(),
                project.description(),
                project.website(),
                project.extensions(),
                repeat(between(0, 2), this::funding),
                project.citations()));
      }
      List<PartnershipInterest> interests = repeat(between(0, 3), this::interest);
      List<Iri> agreements = new ArrayList<>();
      projects.forEach(p -> agreements.add(p.id()));
      org.partnerships().forEach(p -> agreements.add(p.id()));
      List<Event> events = repeat(between(0, 2), () -> event(base, agreements));
      return new ClusterProfile(
          orgBuilder.build(),
          profile.actors(),
          profile.memberships(),
          counts,
          profile.services(),
          profile.engagements(),
          uptakes,
          projects,
          profile.practiceExamples(),
          interests,
          events,
          profile.metadata().withNutsVersion(maybe(() -> oneOf(NutsVersion.values()))),
          profile.extensions());
    } finally {
      random = shared;
    }
  }

  /** Counts that agree with the committed members, by the member type of each actor. */
  private List<MemberCount> memberCounts(ClusterProfile profile) {
    Map<Iri, Actor> actors = new TreeMap<>();
    profile.actors().forEach(a -> actors.put(a.id(), a));
    Map<String, Integer> byType = new TreeMap<>();
    for (Membership m : profile.memberships()) {
      if (m.isCommittedOn(today)) {
        byType.merge(memberType(actors.get(m.actor())), 1, Integer::sum);
      }
    }
    LocalDate asOf = maybe(() -> today.minusDays(between(0, 400)));
    Iri source = maybe(() -> Iri.of("https://clustercollaboration.eu/profile/" + between(1, 999)));
    return byType.entrySet().stream()
        .map(e -> new MemberCount(MemberType.of(e.getKey()), e.getValue(), asOf, source))
        .toList();
  }

  private static String memberType(Actor actor) {
    return switch (actor.type()) {
      case COMPANY ->
          actor.companySize() == CompanySize.LARGE
              ? "large-company"
              : actor.companySize() == CompanySize.STARTUP ? "start-up" : "sme";
      case UNIVERSITY -> "university";
      case RESEARCH_ORGANISATION -> "research-organisation";
      case PUBLIC_BODY -> "public-body";
      case INTERMEDIARY -> "intermediary";
      case INVESTOR -> "investor";
      case CIVIL_SOCIETY -> "civil-society";
    };
  }

  /** Steps in date order that end in {@code status}. */
  private List<StatusChange> history(ImpulseStatus status) {
    List<StatusChange> steps = new ArrayList<>();
    LocalDate day = today.minusDays(between(100, 1500));
    for (int i = between(0, 2); i > 0; i--) {
      steps.add(StatusChange.of(oneOf(ImpulseStatus.values()), day));
      day = day.plusDays(between(0, 90));
    }
    steps.add(StatusChange.of(status, day));
    return steps;
  }

  private ProjectFunding funding() {
    return new ProjectFunding(
        FundingProgramme.of(
            oneOf(FundingProgramme.listedCodes().stream().sorted().toArray(String[]::new))),
        maybe(() -> String.valueOf(between(100000, 999999))),
        maybe(() -> oneOf(ProjectRole.values())),
        period(),
        maybe(() -> Money.euro(between(10_000, 5_000_000))));
  }

  private Classification classification() {
    Iri scheme = Iri.of("https://schemes.example.org/s3-priorities/" + between(1, 3));
    return switch (random.nextInt(3)) {
      case 0 -> Classification.of(scheme, "P" + between(1, 9));
      case 1 -> Classification.named(scheme, text("Priorität"));
      default ->
          new Classification(scheme, "202" + between(0, 5), "P" + between(1, 9), text("Priorität"));
    };
  }

  private PartnershipInterest interest() {
    return PartnershipInterest.builder(
            oneOf(InterestDirection.values()),
            InterestKind.of(
                oneOf(InterestKind.listedCodes().stream().sorted().toArray(String[]::new))))
        .ecosystems(subset(IndustrialEcosystem.values(), 0).toArray(IndustrialEcosystem[]::new))
        .technologies(
            pick(Technology.listedCodes().stream().sorted().map(Technology::of).toList(), 2)
                .toArray(Technology[]::new))
        .transformations(subset(Transformation.values(), 0).toArray(Transformation[]::new))
        .serviceAreas(subset(ServiceArea.values(), 0).toArray(ServiceArea[]::new))
        .countries(
            pick(List.of(CountryCode.DE, CountryCode.of("NL"), CountryCode.of("FR")), 2)
                .toArray(CountryCode[]::new))
        .regions(pick(List.of(NRW_REGIONS), 2).stream().map(NutsCode::of).toArray(NutsCode[]::new))
        .period(period())
        .description(maybe(() -> text("Wir suchen")))
        .build();
  }

  private Event event(String base, List<Iri> agreements) {
    return Event.builder(Iri.of(base + "event/" + nextId++), text("Cluster-Dialog"))
        .format(maybe(() -> ServiceFormat.of("matchmaking")))
        .period(period())
        .region(maybe(() -> NutsCode.of(oneOf(NRW_REGIONS))))
        .address(maybe(() -> Address.of(null, "44137", "Dortmund")))
        .online(random.nextBoolean())
        .organisers(
            pick(
                    List.of(
                        Iri.of(base + "organisation"),
                        Iri.of("https://clusterallianz.example.org/")),
                    2)
                .toArray(Iri[]::new))
        .participants(
            repeat(
                    between(0, 3),
                    () -> Iri.of("https://cluster-" + between(0, 50) + ".example.org/"))
                .toArray(Iri[]::new))
        .regions(pick(List.of(NRW_REGIONS), 2).stream().map(NutsCode::of).toArray(NutsCode[]::new))
        .outcomes(pick(agreements, 2).toArray(Iri[]::new))
        .description(maybe(() -> text("Ergebnisse")))
        .website(maybe(() -> Iri.of(base + "pages/event")))
        .build();
  }

  private ClusterOrganisation organisation(String base, int n) {
    ClusterOrganisation.Builder org =
        ClusterOrganisation.builder(Iri.of(base + "organisation"), text("Cluster " + n));
    org.acronym(maybe(() -> "CL" + n));
    org.description(maybe(() -> text("Über das Cluster")));
    org.website(
        Iri.of("https://cluster-" + n + ".example.org/"),
        random.nextBoolean() ? new String[] {"de", "en"} : new String[] {"en"});
    Location location = Location.of(CountryCode.DE, NutsCode.of(oneOf(NRW_REGIONS)));
    org.location(
        random.nextBoolean()
            ? location
            : location.withAddress(
                Address.of(maybe(() -> "Königsallee " + between(1, 99)), "40212", "Düsseldorf")));
    org.focus(
        new ThematicFocus(
            repeat(between(0, 3), this::nace),
            Set.copyOf(subset(IndustrialEcosystem.values(), 1)),
            Set.copyOf(subset(InnovationField.values(), 1)),
            pick(Technology.listedCodes().stream().sorted().map(Technology::of).toList(), 3)));
    org.management(
        new Management(
            BigDecimal.valueOf(between(5, 120), 1),
            maybe(() -> oneOf(LEGAL_FORMS)),
            maybe(() -> Year.of(between(1985, today.getYear()))),
            repeat(
                between(0, 2),
                () ->
                    new Funding(
                        text("Förderung"), maybe(() -> Money.euro(between(10_000, 2_000_000)))))));
    org.extensions(extensions());
    labels().forEach(org::addLabel);
    if (!org.build().labels().isEmpty()) {
      org.addListing(
          Iri.of(
              "https://clustercollaboration.eu/cluster-organisations/generated-" + seed + "-" + n));
    }
    for (int i = 0; i < between(0, 2); i++) {
      org.addPartnership(
          new Partnership(
              Iri.of(base + "partnership/" + i),
              text("Partnerschaft " + i),
              oneOf(PartnershipType.values()),
              period(),
              maybe(() -> Iri.of("https://partnership-" + n + ".example.org/"))));
    }
    if (random.nextInt(4) == 0) {
      org.addRecognition(
          new ProgrammeRecognition(
              text("Landescluster"),
              oneOf(ProgrammeLevel.values()),
              period(),
              maybe(() -> Iri.of("https://programme.example.org/"))));
    }
    if (random.nextBoolean()) {
      // Every third cluster's office also gives its contact page; decided by the number, not a
      // draw, so that the profiles of a seed stay what they were.
      org.addContact(
          new ContactPoint(
              "Geschäftsstelle",
              "info@cluster-" + n + ".example.org",
              null,
              n % 3 == 0 ? Iri.of("https://cluster-" + n + ".example.org/kontakt") : null,
              false));
    }
    if (random.nextBoolean()) {
      org.addContact(
          new ContactPoint(
              "Dr. Jürgen Weiß", null, "+49 211 " + between(100000, 999999), null, true));
    }
    return org.build();
  }

  /** Labels as EUCLES awards them, current on the reference date. */
  private List<Label> labels() {
    List<Label> labels = new ArrayList<>();
    switch (random.nextInt(4)) {
      case 1 -> labels.add(label(LabelLevel.BRONZE, today.minusMonths(between(0, 20)), null));
      case 2 -> {
        LocalDate silver = today.minusMonths(between(0, 20));
        LocalDate bronze = silver.minusMonths(between(18, 23));
        // The Bronze label that a Silver one supersedes has no validity end of its own.
        labels.add(new Label(LabelLevel.BRONZE, bronze, null, null));
        labels.add(
            new Label(
                LabelLevel.SILVER,
                silver,
                YearMonth.from(silver).plusMonths(24).atEndOfMonth(),
                null));
      }
      case 3 ->
          labels.add(
              label(
                  LabelLevel.GOLD,
                  today.minusMonths(between(0, 20)),
                  maybe(() -> BigDecimal.valueOf(between(800, 1000), 1))));
      default -> {}
    }
    return labels;
  }

  private Label label(LabelLevel level, LocalDate awarded, BigDecimal score) {
    LocalDate until = YearMonth.from(awarded).plusMonths(24).atEndOfMonth();
    return new Label(level, random.nextInt(5) == 0 ? null : awarded, until, score);
  }

  private List<Actor> actors(String base) {
    int size = between(maxMembers, maxMembers + 5);
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      // The first two are of different helix types, so every profile passes the ECCP criterion.
      ActorType type =
          i == 0 ? ActorType.COMPANY : i == 1 ? ActorType.UNIVERSITY : oneOf(ActorType.values());
      Iri id = Iri.of(base + "actor/" + i);
      actors.add(
          new Actor(
              id,
              text(oneOf(WORDS_DE) + " " + i),
              type,
              type == ActorType.COMPANY ? oneOf(CompanySize.values()) : null,
              maybe(() -> Iri.of("https://actor-" + random.nextInt(1_000_000) + ".example.org/")),
              random.nextBoolean()
                  ? Location.UNKNOWN
                  : Location.of(CountryCode.DE, NutsCode.of(oneOf(NRW_REGIONS))),
              repeat(between(0, 2), this::nace),
              extensions()));
    }
    return actors;
  }

  /**
   * A membership; every third has an identifier of its own, made from the profile's base and its
   * place, so that the random stream, and every other value generated, is as before identifiers of
   * memberships existed.
   */
  private Membership membership(Iri actor, String base, int index) {
    MembershipRole role =
        oneOf(
            new MembershipRole[] {
              MembershipRole.MEMBER,
              MembershipRole.FOUNDING_MEMBER,
              MembershipRole.BOARD_MEMBER,
              MembershipRole.ASSOCIATE_MEMBER
            });
    DateRange period =
        random.nextBoolean()
            ? DateRange.ALWAYS
            : DateRange.of(
                today.minusDays(between(1, 5000)), maybe(() -> today.plusDays(between(1, 900))));
    Iri id = index % 3 == 0 ? Iri.of(base + "membership/" + index) : null;
    return new Membership(actor, role, period, id, List.of());
  }

  private Service service(String base) {
    Service.Builder service =
        Service.builder(
                Iri.of(base + "service/" + nextId++), text("Angebot"), oneOf(ServiceArea.values()))
            .format(
                maybe(
                    () ->
                        ServiceFormat.of(
                            oneOf(
                                ServiceFormat.listedCodes().stream()
                                    .sorted()
                                    .toArray(String[]::new)))))
            .targetGroups(
                pick(TargetGroup.listedCodes().stream().sorted().map(TargetGroup::of).toList(), 3)
                    .toArray(TargetGroup[]::new))
            .transformations(subset(Transformation.values(), 0).toArray(Transformation[]::new))
            .description(maybe(() -> text("Beschreibung")))
            .url(maybe(() -> Iri.of(base + "pages/service")))
            .extensions(extensions());
    return service.build();
  }

  private Project project(String base, List<Actor> actors) {
    return Project.builder(Iri.of(base + "project/" + nextId++), text("Projekt"))
        .acronym(maybe(() -> "PRJ" + random.nextInt(100)))
        .fundingProgramme(maybe(() -> oneOf(PROGRAMMES)))
        .partners(pick(actors.stream().map(Actor::id).toList(), 4).toArray(Iri[]::new))
        .period(period())
        .budget(maybe(() -> Money.euro(BigDecimal.valueOf(between(1_000_00, 9_000_000_00), 2))))
        .description(maybe(() -> text("Projektbeschreibung")))
        .website(maybe(() -> Iri.of(base + "pages/project")))
        .extensions(extensions())
        .build();
  }

  private PracticeExample practiceExample(String base, List<Actor> actors, List<Service> services) {
    return new PracticeExample(
        Iri.of(base + "example/" + nextId++),
        text("Praxisbeispiel"),
        maybe(() -> text("Wie das Cluster zwei Akteure verbunden hat")),
        pick(actors.stream().map(Actor::id).toList(), 3),
        pick(services.stream().map(Service::id).toList(), 2),
        Set.copyOf(subset(Transformation.values(), 0)),
        extensions());
  }

  /**
   * A platform's own properties, sometimes: nested maps and lists, numbers with a scale, a boolean
   * and a JSON null, so that round trips carry every kind of value.
   */
  private Extensions extensions() {
    if (random.nextInt(4) != 0) {
      return Extensions.NONE;
    }
    Map<String, Object> position = new TreeMap<>();
    position.put("lat", BigDecimal.valueOf(between(5000000, 5300000), 5));
    position.put("lon", BigDecimal.valueOf(between(600000, 950000), 5));
    Map<String, Object> values = new TreeMap<>();
    values.put("https://platform.example.org/ns#position", position);
    values.put("https://platform.example.org/ns#tags", List.of("Förderung", "KI", Boolean.TRUE));
    values.put("https://platform.example.org/ns#reviewed", random.nextBoolean());
    values.put("https://other.example.org/vocab/note", random.nextBoolean() ? null : "Straße");
    return Extensions.of(values);
  }

  private ProfileMetadata metadata() {
    Instant created =
        today
            .minusDays(between(30, 3000))
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC)
            .plusSeconds(between(0, 86_399));
    Instant modified = created.plusSeconds(between(0, 20 * 86_400));
    List<Source> sources =
        repeat(
            between(1, 2),
            () ->
                new Source(
                    oneOf(SourceType.values()),
                    "Quelle " + between(1, 99),
                    maybe(() -> Iri.of("https://source.example.org/" + between(1, 99))),
                    maybe(() -> today.minusDays(between(1, 99)))));
    List<String> languages = random.nextBoolean() ? List.of("de") : List.of("de", "en");
    return new ProfileMetadata(created, modified, maybe(() -> "generator"), sources, languages);
  }

  private NaceCode nace() {
    return random.nextBoolean() ? NaceCode.rev2(oneOf(NACE_2)) : NaceCode.rev21(oneOf(NACE_21));
  }

  private DateRange period() {
    LocalDate start = today.minusDays(between(0, 4000));
    return DateRange.of(maybe(() -> start), maybe(() -> start.plusDays(between(0, 2000))));
  }

  private MultilingualText text(String prefix) {
    int i = random.nextInt(WORDS_DE.length);
    MultilingualText german = MultilingualText.de(prefix + " " + WORDS_DE[i]);
    return random.nextBoolean() ? german : german.with("en", prefix + " " + WORDS_EN[i]);
  }

  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private <T> T maybe(Supplier<T> value) {
    return random.nextInt(3) == 0 ? null : value.get();
  }

  private <T> T oneOf(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> List<T> repeat(int times, Supplier<T> value) {
    List<T> list = new ArrayList<>(times);
    for (int i = 0; i < times; i++) {
      list.add(value.get());
    }
    return list;
  }

  /** Up to {@code max} distinct elements of {@code from}, in a random order. */
  private <T> List<T> pick(List<T> from, int max) {
    return distinctIndices(from.size(), Math.min(from.size(), between(0, max))).stream()
        .map(from::get)
        .toList();
  }

  private List<Integer> distinctIndices(int bound, int size) {
    List<Integer> indices = new ArrayList<>();
    while (indices.size() < Math.min(size, bound)) {
      int i = random.nextInt(bound);
      if (!indices.contains(i)) {
        indices.add(i);
      }
    }
    return indices;
  }

  private <E extends Enum<E>> List<E> subset(E[] values, int min) {
    EnumSet<E> set = EnumSet.noneOf(values[0].getDeclaringClass());
    int size = between(min, Math.min(values.length, 3));
    while (set.size() < size) {
      set.add(oneOf(values));
    }
    return List.copyOf(set);
  }

  /** Builds a {@link ProfileGenerator}. */
  public static final class Builder {
    private long seed;
    private LocalDate referenceDate = DEFAULT_REFERENCE_DATE;
    private int minMembers = 15;
    private int maxMembers = 40;

    private Builder() {}

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder referenceDate(LocalDate referenceDate) {
      this.referenceDate = referenceDate;
      return this;
    }

    /** Sets how many members each profile has; at least 15 keeps the ECCP criteria met. */
    public Builder members(int min, int max) {
      if (min < 2 || max < min) {
        throw new IllegalArgumentException("members must satisfy 2 <= min <= max");
      }
      this.minMembers = min;
      this.maxMembers = max;
      return this;
    }

    public ProfileGenerator build() {
      return new ProfileGenerator(this);
    }
  }
}
