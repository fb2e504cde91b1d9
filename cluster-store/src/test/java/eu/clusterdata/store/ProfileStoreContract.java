package eu.clusterdata.store;

import static eu.clusterdata.model.testing.TestProfiles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.IntegrityPolicy;
import eu.clusterdata.model.validation.InvalidProfileException;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every back end must have. Subclasses say how to open a fresh, empty store; the same
 * tests run on memory, TDB2 and a Fuseki server.
 */
abstract class ProfileStoreContract {

  protected ProfileStore store;

  /** Opens an empty store. */
  protected abstract ProfileStore openEmpty() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
    assertEquals(0, store.size(), "a new store must be empty");
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private void putAll() {
    StoreFixtures.all().forEach(store::put);
  }

  private static List<String> ids(List<ClusterSummary> found) {
    return found.stream().map(s -> s.id().value().substring(TestProfiles.NS.length())).toList();
  }

  @Test
  void putThenGetGivesTheSameProfile() {
    ClusterProfile alpha = StoreFixtures.alpha();
    store.put(alpha);
    assertEquals(alpha, store.get(alpha.organisation().id()).orElseThrow());
  }

  @Test
  void replaceReplacesTheStoredProfileWhole() {
    store.put(StoreFixtures.alpha());
    ClusterProfile renamed =
        StoreFixtures.alpha()
            .withOrganisation(
                StoreFixtures.alpha().organisation().toBuilder()
                    .name(MultilingualText.de("Neu"))
                    .build())
            .withServices(List.of());
    assertTrue(store.replace(renamed));
    assertEquals(1, store.size());
    assertEquals(renamed, store.get(renamed.organisation().id()).orElseThrow());
    assertFalse(store.replace(StoreFixtures.delta()));
  }

  @Test
  void putNeverReplacesAStoredProfile() {
    ClusterProfile alpha = StoreFixtures.alpha();
    store.put(alpha);
    ClusterProfile renamed =
        alpha.withOrganisation(
            alpha.organisation().toBuilder().name(MultilingualText.de("Neu")).build());
    ProfileStoreException e = assertThrows(ProfileStoreException.class, () -> store.put(renamed));
    assertTrue(e.getMessage().contains("is already stored"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; use replace to replace it"), e.getMessage());
    assertEquals(alpha, store.get(alpha.organisation().id()).orElseThrow());
    assertEquals(1, store.size());
  }

  @Test
  void getAndDeleteOfAMissingProfile() {
    putAll();
    assertTrue(store.get(id("nowhere")).isEmpty());
    assertFalse(store.delete(id("nowhere")));
    assertTrue(store.delete(id("beta")));
    assertTrue(store.get(id("beta")).isEmpty());
    assertEquals(List.of(id("alpha"), id("delta"), id("gamma")), store.ids());
  }

  @Test
  void idsAndSize() {
    putAll();
    assertEquals(4, store.size());
    assertEquals(List.of(id("alpha"), id("beta"), id("delta"), id("gamma")), store.ids());
  }

  /** A platform's list view pages through what a query finds, in the order find gives it. */
  @Test
  void findPagesThroughWhatAQueryFinds() {
    putAll();
    ClusterQuery everything = ClusterQuery.builder().build();
    List<ClusterSummary> all = store.find(everything);
    assertEquals(4, all.size());

    ClusterPage first = store.find(everything, 0, 3);
    ClusterPage second = store.find(everything, 3, 3);
    assertEquals(all.subList(0, 3), first.clusters());
    assertEquals(all.subList(3, 4), second.clusters());
    assertEquals(4, first.total());
    assertEquals(4, second.total());
    assertTrue(first.hasMore());
    assertFalse(second.hasMore());

    ClusterPage beyond = store.find(everything, 10, 3);
    assertEquals(List.of(), beyond.clusters());
    assertEquals(4, beyond.total());
    assertFalse(beyond.hasMore());

    assertThrows(IllegalArgumentException.class, () -> store.find(everything, -1, 3));
    assertThrows(IllegalArgumentException.class, () -> store.find(everything, 0, 0));
  }

  @Test
  void findsClustersInARegionThatOfferStartUpSupportForDecarbonisation() {
    putAll();
    ClusterQuery query =
        ClusterQuery.builder()
            .region(NutsCode.of("DEA"))
            .serviceArea(ServiceArea.STARTUP_SUPPORT)
            .transformation(Transformation.DECARBONISATION)
            .build();
    List<ClusterSummary> found = store.find(query);
    assertEquals(List.of("alpha"), ids(found));
    assertEquals("Alpha Cluster", found.get(0).displayName());
    assertEquals("Alpha Cluster", found.get(0).name().get("de").orElseThrow());
    assertEquals("ALPHA", found.get(0).acronym());
  }

  @Test
  void findsByEachCriterion() {
    putAll();
    assertEquals(
        List.of("alpha", "beta", "delta", "gamma"),
        ids(store.find(ClusterQuery.builder().build())));
    assertEquals(
        List.of("alpha", "beta", "delta"),
        ids(store.find(ClusterQuery.builder().region(NutsCode.of("DEA")).build())));
    assertEquals(
        List.of("beta"),
        ids(store.find(ClusterQuery.builder().region(NutsCode.of("DEA2")).build())));
    assertEquals(
        List.of("alpha", "gamma"),
        ids(store.find(ClusterQuery.builder().ecosystem(IndustrialEcosystem.DIGITAL).build())));
    assertEquals(
        List.of("alpha", "beta", "gamma"),
        ids(
            store.find(
                ClusterQuery.builder().transformation(Transformation.DECARBONISATION).build())));
    assertEquals(
        List.of("alpha", "delta", "gamma"),
        ids(store.find(ClusterQuery.builder().serviceArea(ServiceArea.STARTUP_SUPPORT).build())));
    assertEquals(List.of("alpha"), ids(store.find(ClusterQuery.builder().impulse("I07").build())));
    assertEquals(List.of(), ids(store.find(ClusterQuery.builder().impulse("I08").build())));
    LocalDate whileValid = LocalDate.of(2026, 6, 1);
    assertEquals(
        List.of("alpha"),
        ids(store.find(ClusterQuery.builder().label(LabelLevel.GOLD, whileValid).build())));
    assertEquals(
        List.of(),
        ids(store.find(ClusterQuery.builder().label(LabelLevel.BRONZE, whileValid).build())));
  }

  @Test
  void labelQueriesHonourValidityAndScheme() {
    putAll();
    // alpha's Gold label was awarded on 2025-03-01 and is valid until 2027-03-01.
    for (String day : List.of("2025-03-01", "2026-06-01", "2027-03-01")) {
      assertEquals(
          List.of("alpha"),
          ids(
              store.find(
                  ClusterQuery.builder().label(LabelLevel.GOLD, LocalDate.parse(day)).build())),
          day);
    }
    for (String day : List.of("2025-02-28", "2027-03-02")) {
      assertEquals(
          List.of(),
          ids(
              store.find(
                  ClusterQuery.builder().label(LabelLevel.GOLD, LocalDate.parse(day)).build())),
          day);
    }
    ClusterProfile delta = StoreFixtures.delta();
    store.replace(
        delta.withOrganisation(
            delta.organisation().toBuilder()
                .addLabel(
                    new Label(
                        LabelLevel.GOLD,
                        LocalDate.of(2025, 1, 1),
                        null,
                        null,
                        LabelScheme.of("go-cluster"),
                        null))
                .build()));
    assertEquals(
        List.of("alpha"),
        ids(
            store.find(
                ClusterQuery.builder().label(LabelLevel.GOLD, LocalDate.of(2026, 6, 1)).build())),
        "a Gold label of another scheme is not a EUCLES Gold label");
  }

  @Test
  void interestsAreNeitherDrivenTransformationsNorServices() {
    putAll();
    store.put(StoreFixtures.epsilon());
    assertEquals(
        List.of(),
        ids(
            store.find(
                ClusterQuery.builder().transformation(Transformation.DIGITALISATION).build())));
    assertEquals(
        List.of(),
        ids(
            store.find(
                ClusterQuery.builder().serviceArea(ServiceArea.INTERNATIONALISATION).build())));
  }

  @Test
  void partnerCandidatesWhoseOffersMeetARequestComeFirst() {
    putAll();
    store.put(StoreFixtures.epsilon());
    store.replace(StoreFixtures.alphaWithInterests());
    List<PartnerCandidate> candidates = store.partnerCandidates(id("alpha"), 10);
    assertEquals(
        List.of("epsilon", "gamma", "beta"),
        candidates.stream().map(c -> c.cluster().id().value().replaceAll(".*/", "")).toList(),
        candidates.toString());
    PartnerCandidate epsilon = candidates.get(0);
    assertTrue(epsilon.meetsRequest());
    assertEquals(
        List.of(
            new PartnerReason(PartnerReason.Kind.OFFER_MEETS_REQUEST, "joint-rd-project"),
            new PartnerReason(PartnerReason.Kind.TARGETED_REGION, "DE71")),
        epsilon.reasons());
    assertEquals(6, epsilon.score(), "below gamma's score, yet first");
    assertTrue(!candidates.get(1).meetsRequest());
    assertEquals(7, candidates.get(1).score());
  }

  /**
   * Partner candidates and pages come from facts held in memory: every write through the store is
   * seen by the next question, a put, a replacement and a deletion alike.
   */
  @Test
  void partnerCandidatesAndPagesFollowEveryChange() {
    putAll();
    ClusterQuery digital = ClusterQuery.builder().ecosystem(IndustrialEcosystem.DIGITAL).build();
    assertEquals(List.of("gamma", "beta"), candidates("alpha"));
    assertEquals(store.find(digital).size(), store.find(digital, 0, 50).total());

    store.put(StoreFixtures.epsilon());
    store.replace(StoreFixtures.alphaWithInterests());
    assertEquals(List.of("epsilon", "gamma", "beta"), candidates("alpha"));
    long withGamma = store.find(digital, 0, 50).total();
    assertEquals(store.find(digital).size(), withGamma);

    assertTrue(store.delete(id("gamma")));
    assertEquals(List.of("epsilon", "beta"), candidates("alpha"));
    assertEquals(withGamma - 1, store.find(digital, 0, 50).total(), "gamma is gone from the page");
  }

  private List<String> candidates(String cluster) {
    return store.partnerCandidates(id(cluster), 10).stream()
        .map(c -> c.cluster().id().value().replaceAll(".*/", ""))
        .toList();
  }

  @Test
  void queryRejectsValuesThatCannotMatch() {
    assertThrows(
        IllegalArgumentException.class, () -> ClusterQuery.builder().impulse("I99").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ClusterQuery.builder().region(NutsCode.of("dea\" }")).build());
  }

  @Test
  void membersOfACluster() {
    putAll();
    List<Member> members = store.members(id("alpha"));
    assertEquals(
        List.of(id("alpha-only"), id("shared-1"), id("shared-2")),
        members.stream().map(Member::actor).toList());
    Member university = members.get(0);
    assertEquals(eu.clusterdata.model.codes.ActorType.UNIVERSITY, university.type());
    assertEquals(MembershipRole.MEMBER, university.role());
    assertEquals("Hochschule Alpha", university.name().get("de").orElseThrow());
    assertEquals(List.of(), store.members(id("nowhere")));
  }

  @Test
  void clustersThatShareMembers() {
    putAll();
    List<SharedMembers> shared = store.sharedMembers(id("alpha"));
    assertEquals(2, shared.size());
    assertEquals(id("beta"), shared.get(0).cluster().id());
    assertEquals(List.of(id("shared-1"), id("shared-2")), shared.get(0).actors());
    assertEquals(id("gamma"), shared.get(1).cluster().id());
    assertEquals(List.of(id("shared-1")), shared.get(1).actors());
    assertEquals(List.of(), store.sharedMembers(id("delta")));
  }

  @Test
  void partnerCandidatesAreRankedWithTheirReasons() {
    putAll();
    List<PartnerCandidate> candidates = store.partnerCandidates(id("alpha"), 10);
    assertEquals(2, candidates.size(), candidates.toString());

    PartnerCandidate gamma = candidates.get(0);
    assertEquals(id("gamma"), gamma.cluster().id());
    assertEquals(
        List.of(
            new PartnerReason(
                PartnerReason.Kind.SHARED_ECOSYSTEM, IndustrialEcosystem.DIGITAL.code()),
            new PartnerReason(
                PartnerReason.Kind.SHARED_TRANSFORMATION, Transformation.DECARBONISATION.code()),
            new PartnerReason(PartnerReason.Kind.SHARED_TECHNOLOGY, StoreFixtures.AI.code())),
        gamma.reasons());
    assertEquals(7, gamma.score());

    PartnerCandidate beta = candidates.get(1);
    assertEquals(id("beta"), beta.cluster().id());
    assertEquals(
        List.of(
            new PartnerReason(
                PartnerReason.Kind.SHARED_ECOSYSTEM,
                IndustrialEcosystem.ENERGY_INTENSIVE_INDUSTRIES.code()),
            new PartnerReason(
                PartnerReason.Kind.SHARED_TRANSFORMATION, Transformation.DECARBONISATION.code()),
            new PartnerReason(
                PartnerReason.Kind.COMPLEMENTARY_SERVICE,
                ServiceArea.NETWORKING_AND_TRANSFER.code())),
        beta.reasons());
    assertEquals(6, beta.score());

    assertEquals(1, store.partnerCandidates(id("alpha"), 1).size());
    assertEquals(List.of(), store.partnerCandidates(id("nowhere"), 10));
  }

  @Test
  void freeSparqlBindsParametersAsTerms() {
    putAll();
    SparqlRows rows =
        store.select(
            "SELECT ?org ?acronym WHERE { GRAPH ?org { ?org cd:industrialEcosystem ?e ; cd:acronym"
                + " ?acronym } } ORDER BY ?org",
            Map.of("e", IndustrialEcosystem.DIGITAL));
    assertEquals(List.of("org", "acronym"), rows.variables());
    assertEquals(2, rows.size());
    assertEquals("ALPHA", rows.rows().get(0).get("acronym").getLiteralLexicalForm());
    assertEquals(id("gamma").value(), rows.rows().get(1).get("org").getURI());

    SparqlRows byAcronym =
        store.select(
            "SELECT ?org WHERE { GRAPH ?org { ?org cd:acronym ?a } }", Map.of("a", "BETA"));
    assertEquals(1, byAcronym.size());
  }

  @Test
  void aParameterIsAValueNeverQueryText() {
    putAll();
    SparqlRows rows =
        store.select(
            "SELECT ?org WHERE { GRAPH ?org { ?org cd:acronym ?a } }",
            Map.of("a", "x\" } } ; DROP ALL ; SELECT * { ?s ?p \""));
    assertEquals(0, rows.size());
    assertEquals(4, store.size());
  }

  @Test
  void badQueriesAreRefusedWithAReason() {
    ProfileStoreException syntax =
        assertThrows(
            ProfileStoreException.class, () -> store.select("SELECT ?x WHERE { ?x", Map.of()));
    assertTrue(syntax.getMessage().contains("line 1"), syntax.getMessage());
    ProfileStoreException ask =
        assertThrows(ProfileStoreException.class, () -> store.select("ASK {}", Map.of()));
    assertTrue(ask.getMessage().contains("only SELECT"), ask.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> store.select("SELECT ?x WHERE { ?x ?p ?o }", Map.of("y", "v")));
    assertTrue(unknown.getMessage().contains("?y"), unknown.getMessage());
  }

  /** Issue 33: put and replace refuse what a bulk load refuses, unless explicitly unchecked. */
  @Test
  void putAndReplaceFollowTheIntegrityPolicy() {
    ClusterProfile broken = invalid("broken");
    InvalidProfileException put =
        assertThrows(InvalidProfileException.class, () -> store.put(broken));
    assertEquals("core.reference", put.findings().get(0).rule().code());
    assertEquals(broken.organisation().id(), put.profile());
    assertThrows(InvalidProfileException.class, () -> store.replace(broken));
    assertEquals(0, store.size(), "nothing stored");
    store.put(broken, IntegrityPolicy.unchecked());
    assertEquals(broken, store.get(broken.organisation().id()).orElseThrow());
    assertThrows(
        InvalidProfileException.class,
        () -> store.replace(broken, IntegrityPolicy.standard()),
        "a stored profile is not replaced by an invalid one");
  }

  @Test
  void atomicLoadStoresEverythingOrNothing() {
    store.put(StoreFixtures.delta());
    List<ClusterProfile> batch =
        new ArrayList<>(List.of(StoreFixtures.alpha(), StoreFixtures.beta()));
    batch.add(invalid("broken"));
    batch.add(StoreFixtures.gamma());

    LoadException e = assertThrows(LoadException.class, () -> store.bulkLoad().from(batch));
    assertEquals(4, e.report().read());
    assertEquals(0, e.report().stored());
    assertEquals(1, e.report().refused().size());
    assertEquals(3, e.report().refused().get(0).location().number());
    assertTrue(e.getMessage().contains("record 3"), e.getMessage());
    assertEquals(List.of(id("delta")), store.ids(), "the store must be as it was");

    batch.remove(2);
    LoadReport report = store.bulkLoad().from(batch);
    assertTrue(report.isComplete());
    assertEquals(3, report.stored());
    assertEquals(4, store.size());
  }

  @Test
  void aRepeatedIdentifierIsRefusedAtomicallyAndSkippedOtherwise() {
    ClusterProfile alpha = StoreFixtures.alpha();
    ClusterProfile impostor =
        StoreFixtures.beta()
            .withOrganisation(
                StoreFixtures.beta().organisation().toBuilder()
                    .id(alpha.organisation().id())
                    .build());
    List<ClusterProfile> batch = List.of(alpha, StoreFixtures.gamma(), impostor);
    LoadException e = assertThrows(LoadException.class, () -> store.bulkLoad().from(batch));
    assertEquals(0, store.size());
    assertEquals(3, e.report().refused().get(0).location().number());
    assertEquals("collection.duplicate-profile", e.problems().get(0).code());
    assertTrue(
        e.getMessage().contains("record 3: The organisation identifier")
            && e.getMessage().contains("also the one of record 1"),
        e.getMessage());

    LoadReport report = store.bulkLoad().mode(LoadMode.SKIP_BAD).from(batch);
    assertEquals(2, report.stored());
    assertEquals(1, report.refused().size());
    assertEquals(alpha, store.get(alpha.organisation().id()).orElseThrow(), "the first is kept");
  }

  @Test
  void skipBadLoadStoresTheGoodRecordsAndReportsTheBadOnes() {
    List<ClusterProfile> batch =
        List.of(
            StoreFixtures.alpha(), invalid("broken-1"), StoreFixtures.beta(), invalid("broken-2"));
    LoadReport report = store.bulkLoad().mode(LoadMode.SKIP_BAD).batchSize(1).from(batch);
    assertEquals(4, report.read());
    assertEquals(2, report.stored());
    assertEquals(
        List.of(2L, 4L), report.refused().stream().map(r -> r.location().number()).toList());
    assertTrue(report.refused().get(0).profile().organisation().id().value().endsWith("broken-1"));
    assertEquals(List.of(id("alpha"), id("beta")), store.ids());
  }

  @Test
  void loadsJsonLinesAndReportsTheLineOfABadRecord() {
    ClusterJson json = ClusterJson.create();
    String lines =
        json.writeProfile(StoreFixtures.alpha()).replace("\n", "")
            + "\n{\"formatVersion\": \"1.0\", \"organisation\": \n"
            + json.writeProfile(StoreFixtures.beta()).replace("\n", "")
            + "\n";
    LoadReport report =
        store
            .bulkLoad()
            .mode(LoadMode.SKIP_BAD)
            .from(
                json.reader(
                    new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                    ProfileFormat.JSON_LINES));
    assertEquals(3, report.read());
    assertEquals(2, report.stored());
    assertEquals(1, report.refused().size());
    assertEquals(2, report.refused().get(0).location().number());
    assertEquals(2, report.refused().get(0).location().line());
    assertEquals(List.of(id("alpha"), id("beta")), store.ids());
  }

  /**
   * A list of more clusters than the store asks a server about at once, too long for a URL: whole,
   * in identifier order, each with its name (Virtuoso never answered such a query when it came in a
   * POST body).
   */
  @Test
  void findListsMoreClustersThanOneQueryAsksAbout() {
    List<ClusterProfile> many = IntStream.range(0, 501).mapToObj(StoreFixtures::numbered).toList();
    assertEquals(501, store.bulkLoad().from(many).stored());

    List<ClusterSummary> found =
        store.find(ClusterQuery.builder().region(NutsCode.of("DEA")).build());
    assertEquals(store.ids(), found.stream().map(ClusterSummary::id).toList());
    assertEquals(501, found.size());
    ClusterSummary last = found.get(500);
    assertEquals(id("many-0500"), last.id());
    assertEquals("Many 500 Cluster", last.name().get("en").orElseThrow());
    assertEquals(
        List.of(id("many-0499"), id("many-0500")),
        store.find(ClusterQuery.builder().build(), 499, 50).clusters().stream()
            .map(ClusterSummary::id)
            .toList());
  }

  @Test
  void generatedProfilesSurviveABulkLoad() {
    long seed = 20261123L;
    List<ClusterProfile> profiles =
        Stream.iterate(0, i -> i + 1)
            .limit(60)
            .map(i -> ProfileGenerator.seeded(seed + i).next())
            .toList();
    LoadReport report = store.bulkLoad().from(profiles);
    assertEquals(60, report.stored(), "seed " + seed);
    for (ClusterProfile profile : profiles) {
      assertEquals(profile, store.get(profile.organisation().id()).orElseThrow(), "seed " + seed);
    }
  }

  @Test
  void readersRunWhileALoadRunsAndSeeNoneOfItUntilItEnds() throws Exception {
    store.put(StoreFixtures.delta());
    CountDownLatch halfway = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    List<ClusterProfile> profiles =
        List.of(StoreFixtures.alpha(), StoreFixtures.beta(), StoreFixtures.gamma());
    Iterator<ClusterProfile> paused =
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < profiles.size();
          }

          @Override
          public ClusterProfile next() {
            if (next == 2) {
              halfway.countDown();
              await(resume);
            }
            return profiles.get(next++);
          }
        };
    CompletableFuture<LoadReport> load =
        CompletableFuture.supplyAsync(() -> store.bulkLoad().from(() -> paused));
    assertTrue(halfway.await(30, TimeUnit.SECONDS));
    // Two profiles are written into the open load; readers must not wait and must not see them.
    assertEquals(List.of(id("delta")), store.ids());
    assertEquals(1, store.find(ClusterQuery.builder().build()).size());
    resume.countDown();
    assertEquals(3, load.get(30, TimeUnit.SECONDS).stored());
    assertEquals(4, store.size());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A profile the core rules reject: a membership of an actor the profile does not describe. */
  static ClusterProfile invalid(String local) {
    ClusterProfile valid = TestProfiles.valid();
    return valid
        .withOrganisation(valid.organisation().toBuilder().id(id(local)).build())
        .withMemberships(
            List.of(eu.clusterdata.model.Membership.of(Iri.of("https://example.org/nobody"))));
  }
}
