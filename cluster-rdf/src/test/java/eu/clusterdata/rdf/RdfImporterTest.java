package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.Address;
import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.Severity;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NutsCode;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Linked data that another platform published in public vocabularies only is read into profiles;
 * every triple not read is reported, every member or service left out or completed is noted.
 */
class RdfImporterTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  private static final String PLATFORM = "https://platform.example.org/";

  private static RdfImport importFixture(RdfImporter importer) {
    try (InputStream in =
        RdfImporterTest.class.getResourceAsStream("/fixtures/foreign-cluster.ttl")) {
      return importer.read(in, ProfileFormat.TURTLE);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Iri id(String path) {
    return Iri.of(PLATFORM + path);
  }

  @Test
  void aForeignClusterBecomesAProfile() {
    RdfImport result = importFixture(ClusterRdf.create().importer().clock(CLOCK).build());

    assertEquals(1, result.profiles().size());
    ClusterProfile profile = result.profiles().get(0);
    ClusterOrganisation organisation = profile.organisation();
    assertEquals(id("org/beispiel-cluster"), organisation.id());
    assertEquals(
        MultilingualText.of(
            Map.of("de", "Beispiel-Cluster Werkstoffe", "en", "Example Materials Cluster")),
        organisation.name());
    assertEquals("BCW", organisation.acronym());
    assertEquals(
        MultilingualText.de("Ein erfundener Cluster für Tests."), organisation.description());
    assertEquals(Iri.of("https://beispiel-cluster.example.org/"), organisation.website());
    assertEquals(CountryCode.of("DE"), organisation.location().country());
    assertEquals(NutsCode.of("DEA22"), organisation.location().region());
    assertEquals(new Address("Musterweg 1", "53111", "Bonn"), organisation.location().address());
    assertEquals(List.of(NaceCode.rev21("20.16")), organisation.focus().sectors());
    assertEquals(1, organisation.contacts().size());
    assertEquals("info@beispiel-cluster.example.org", organisation.contacts().get(0).email());
    assertEquals(Instant.parse("2024-03-01T00:00:00Z"), profile.metadata().created());
    assertEquals("RDF import", profile.metadata().sources().get(0).title());

    // The university by its schema.org type, the institute through org:hasMembership with its
    // period, and an earlier membership of it with its role; the member whose type the data does
    // not say is left out and noted.
    assertEquals(
        Map.of(
            id("org/uni-beispiel"), ActorType.UNIVERSITY,
            id("org/forschung-beispiel"), ActorType.RESEARCH_ORGANISATION),
        profile.actors().stream().collect(Collectors.toMap(Actor::id, Actor::type)));
    Actor university =
        profile.actors().stream()
            .filter(a -> a.type() == ActorType.UNIVERSITY)
            .findFirst()
            .orElseThrow();
    assertEquals(Iri.of("https://uni.example.org/"), university.website());
    assertEquals(NutsCode.of("DEA22"), university.location().region());
    assertEquals(
        Set.of(
            new Membership(id("org/uni-beispiel"), MembershipRole.MEMBER, DateRange.ALWAYS),
            new Membership(
                id("org/forschung-beispiel"),
                MembershipRole.MEMBER,
                DateRange.since(LocalDate.of(2021, 1, 1)),
                id("membership/7"), // memberships published under IRIs keep them
                List.of()),
            new Membership(
                id("org/forschung-beispiel"),
                MembershipRole.FOUNDING_MEMBER,
                DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31)),
                id("membership/3"),
                List.of())),
        Set.copyOf(profile.memberships()));
    assertTrue(profile.services().isEmpty(), "no area given, none assumed");

    assertEquals(
        List.of(
            "<" + PLATFORM + "org/firma-ohne-art>: rdf.import.member-no-type",
            "<" + PLATFORM + "service/matchmaking>: rdf.import.service-no-area"),
        result.notes().stream().map(n -> n.subject() + ": " + n.message().key()).toList());
  }

  @Test
  void everyTripleNotReadIsReported() {
    RdfImport result = importFixture(ClusterRdf.create().importer().clock(CLOCK).build());

    assertEquals(
        List.of(
            "org/beispiel-cluster hasMember org/firma-ohne-art",
            "org/beispiel-cluster sameAs https://other.example.org/id/42",
            "org/firma-ohne-art prefLabel \"Firma ohne Art GmbH\"@de",
            "org/firma-ohne-art type Organization",
            "service/matchmaking name \"Matchmaking\"@de",
            "service/matchmaking provider org/beispiel-cluster",
            "service/matchmaking type Service"),
        result.unmapped().stream().map(RdfImporterTest::brief).sorted().toList());
  }

  @Test
  void assumedTypesAndAreasAreNoted() {
    RdfImport result =
        importFixture(
            ClusterRdf.create()
                .importer()
                .clock(CLOCK)
                .actorType(ActorType.COMPANY)
                .serviceArea(ServiceArea.NETWORKING_AND_TRANSFER)
                .build());

    ClusterProfile profile = result.profiles().get(0);
    assertEquals(3, profile.actors().size());
    assertEquals(4, profile.memberships().size());
    assertEquals(ServiceArea.NETWORKING_AND_TRANSFER, profile.services().get(0).area());
    assertEquals(
        List.of(
            "<"
                + PLATFORM
                + "org/firma-ohne-art>: the data does not say what type of member this"
                + " is: imported as 'company', the type the importer was told to assume",
            "<"
                + PLATFORM
                + "service/matchmaking>: the data does not say the area of this service:"
                + " imported as 'networking-and-transfer', the area the importer was told to"
                + " assume"),
        result.notes().stream().map(n -> n.text(Locale.ENGLISH)).toList());
    assertEquals(
        List.of("org/beispiel-cluster sameAs https://other.example.org/id/42"),
        result.unmapped().stream().map(RdfImporterTest::brief).toList());
    assertTrue(
        ProfileValidator.core().validate(profile).findings().stream()
            .noneMatch(f -> f.severity() == Severity.ERROR),
        () -> ProfileValidator.core().validate(profile).findings().toString());
  }

  /**
   * What a platform that drops every triple of this project's vocabulary still has of a generated
   * profile imports as the same organisation, members and memberships: the standard terms the
   * writer adds carry them.
   */
  @Test
  void ourOwnOutputWithoutOurVocabularyImportsTheStandardFacts() {
    long seed = 1201L;
    ProfileGenerator generator = ProfileGenerator.seeded(seed);
    for (int n = 0; n < 20; n++) {
      ClusterProfile profile = generator.next();
      Graph standard = GraphFactory.createDefaultGraph();
      ClusterRdf.create()
          .toGraph(profile)
          .find()
          .filterDrop(RdfImporterTest::usesOurVocabulary)
          .forEach(standard::add);

      RdfImport result =
          ClusterRdf.create()
              .importer()
              .clock(CLOCK)
              .actorType(ActorType.COMPANY)
              .build()
              .read(standard);

      String where = "seed " + seed + ", profile " + n;
      assertEquals(1, result.profiles().size(), where);
      ClusterProfile back = result.profiles().get(0);
      assertEquals(profile.organisation().id(), back.organisation().id(), where);
      assertEquals(profile.organisation().name(), back.organisation().name(), where);
      assertEquals(profile.organisation().acronym(), back.organisation().acronym(), where);
      assertEquals(
          profile.organisation().location().country(),
          back.organisation().location().country(),
          where);
      assertEquals(
          profile.organisation().location().region(),
          back.organisation().location().region(),
          where);
      assertEquals(
          withoutCitations(profile.memberships()),
          withoutCitations(back.memberships()),
          where + ": every membership, with its role and period");
      for (Actor actor : back.actors()) {
        Actor original =
            profile.actors().stream()
                .filter(a -> a.id().equals(actor.id()))
                .findFirst()
                .orElseThrow();
        assertEquals(original.name(), actor.name(), where);
      }
    }
  }

  /** Memberships as (actor, role, period), sorted: citations are our vocabulary's provenance. */
  private static List<String> withoutCitations(List<Membership> memberships) {
    return memberships.stream()
        .map(m -> m.actor() + " " + m.role() + " " + m.period())
        .sorted()
        .toList();
  }

  private static boolean usesOurVocabulary(Triple triple) {
    return triple.getPredicate().getURI().startsWith(ClusterVocabulary.NS)
        || (triple.getObject().isURI()
            && triple.getObject().getURI().startsWith(ClusterVocabulary.NS));
  }

  /** A triple in short: subject, predicate's local name, object, with the platform's IRIs cut. */
  /**
   * An organisation as websites publish it: schema.org JSON-LD naming schema.org's context, which
   * is served from the jar; its members by {@code schema:member}, their types from schema.org's
   * kinds of organisation, the founding year from {@code foundingDate}, the country from the
   * address. Only {@code sameAs} is left, and reported.
   */
  @Test
  void schemaOrgJsonLdAsWebsitesPublishItComesIn() {
    RdfImport result = importWeb("schema-org-remote-context.jsonld", ProfileFormat.JSON_LD);
    assertEquals(1, result.profiles().size(), result.notes().toString());
    ClusterProfile profile = result.profiles().get(0);
    ClusterOrganisation organisation = profile.organisation();
    assertEquals(Iri.of("https://cluster.example.org/#organisation"), organisation.id());
    assertEquals(
        "Beispielcluster Wasser (fiktiv)", organisation.name().best(List.of("und")).orElseThrow());
    assertEquals("BCW", organisation.acronym());
    assertEquals(Iri.of("https://cluster.example.org/"), organisation.website());
    assertEquals(java.time.Year.of(2015), organisation.management().foundingYear());
    assertEquals(CountryCode.of("DE"), organisation.location().country());
    assertEquals(
        new Address("Hauptstraße 1", "40210", "Düsseldorf"), organisation.location().address());
    assertEquals(
        Map.of(
            Iri.of("https://cluster.example.org/member/a"), ActorType.COMPANY,
            Iri.of("https://cluster.example.org/member/b"), ActorType.UNIVERSITY),
        profile.actors().stream().collect(Collectors.toMap(Actor::id, Actor::type)));
    assertEquals(2, profile.memberships().size());
    assertEquals(List.of(), result.notes());
    assertEquals(
        List.of(
            "https://cluster.example.org/#organisation sameAs https://www.wikidata.org/wiki/Q0"),
        result.unmapped().stream().map(RdfImporterTest::brief).toList());
  }

  /**
   * The same organisation with an inline context and schema.org's terms under {@code http://} (what
   * schema.org's own context expands to) is the same profile, with the same triple not read.
   */
  @Test
  void schemaOrgUnderHttpIrisIsTheSameProfile() {
    RdfImport inline = importWeb("schema-org-http-iris.jsonld", ProfileFormat.JSON_LD);
    assertEquals(
        importWeb("schema-org-remote-context.jsonld", ProfileFormat.JSON_LD).profiles(),
        inline.profiles());
    assertEquals(
        List.of(
            "https://cluster.example.org/#organisation sameAs https://www.wikidata.org/wiki/Q0"),
        inline.unmapped().stream().map(RdfImporterTest::brief).toList());
  }

  /**
   * FOAF in RDF/XML: an organisation's {@code foaf:member}s are its members, nested or named; the
   * country comes from the NUTS region; nothing is left unread but the types of the members, whose
   * kind FOAF does not say, which are noted.
   */
  @Test
  void foafMembersInRdfXmlComeIn() {
    RdfImport result = importWeb("foaf-members.rdf", ProfileFormat.RDF_XML);
    assertEquals(1, result.profiles().size(), result.notes().toString());
    ClusterProfile profile = result.profiles().get(0);
    assertEquals(NutsCode.of("DEA47"), profile.organisation().location().region());
    assertEquals(CountryCode.of("DE"), profile.organisation().location().country());
    assertEquals(Iri.of("https://holz.example.org/"), profile.organisation().website());
    assertEquals(
        Set.of(
            Iri.of("https://map.example.org/org/saegewerk"),
            Iri.of("https://map.example.org/org/tischlerei")),
        profile.memberships().stream().map(Membership::actor).collect(Collectors.toSet()));
    assertEquals(List.of(), result.unmapped().stream().map(RdfImporterTest::brief).toList());
    assertEquals(
        2,
        result.notes().stream()
            .filter(n -> n.text(Locale.ENGLISH).contains("imported as 'company'"))
            .count(),
        result.notes().toString());
  }

  /**
   * A role the library does not know (a founding member) is not turned into "member": that
   * membership is left out and noted, its triples reported; the member's other membership comes in.
   */
  @Test
  void aRoleTheLibraryDoesNotKnowIsNotTurnedIntoMember() {
    RdfImport result = importWeb("org-roles.ttl", ProfileFormat.TURTLE);
    ClusterProfile profile = result.profiles().get(0);
    assertEquals(
        List.of(
            Membership.builder(Iri.of("https://org.example.org/org/giesserei"))
                .id(Iri.of("https://org.example.org/membership/2"))
                .build()),
        profile.memberships());
    assertEquals(
        List.of(
            "<https://org.example.org/membership/1>: a membership whose role"
                + " (https://org.example.org/roles/founding-member) is none of the library's"
                + " membership roles was not imported; its triples are listed as not read"),
        result.notes().stream().map(n -> n.text(Locale.ENGLISH)).toList());
    assertEquals(
        List.of(
            "https://org.example.org/membership/1 member https://org.example.org/org/giesserei",
            "https://org.example.org/membership/1 organization"
                + " https://org.example.org/cluster/metall",
            "https://org.example.org/membership/1 role"
                + " https://org.example.org/roles/founding-member",
            "https://org.example.org/membership/1 type Membership"),
        result.unmapped().stream().map(RdfImporterTest::brief).sorted().toList());
  }

  /**
   * W3C ORG as a register publishes it: the address comes from the primary site's vCard, the
   * identifiers and the purpose are kept as extensions (written back as the same triples), a
   * membership with a role of ours comes in with its period; the second site, the structured
   * identifier and the membership with a role the library does not know are reported, triple for
   * triple, and the last one noted.
   */
  @Test
  void orgSitesIdentifiersPurposesAndRolesComeIn() {
    RdfImport result = importWeb("org-sites.ttl", ProfileFormat.TURTLE);
    assertEquals(1, result.profiles().size(), result.notes().toString());
    ClusterProfile profile = result.profiles().get(0);
    ClusterOrganisation organisation = profile.organisation();
    String register = "https://register.example.org/";
    assertEquals(Iri.of(register + "org/leichtbau"), organisation.id());
    assertEquals(NutsCode.of("DEA58"), organisation.location().region());
    assertEquals(CountryCode.of("DE"), organisation.location().country());
    assertEquals(
        new Address("Beispielallee 7", "58095", "Hagen"), organisation.location().address());
    assertEquals(
        Map.of(
            "http://www.w3.org/ns/org#identifier",
            Map.of("@value", "HRB 99999"),
            "http://www.w3.org/ns/org#purpose",
            Map.of("@id", register + "purpose/leichtbau")),
        organisation.extensions().values());
    Actor walzwerk = profile.actors().get(0);
    assertEquals(ActorType.COMPANY, walzwerk.type());
    assertEquals(
        Map.of("http://www.w3.org/ns/org#identifier", Map.of("@value", "DE999999999")),
        walzwerk.extensions().values());
    assertEquals(
        List.of(
            new Membership(
                walzwerk.id(),
                MembershipRole.PARTNER,
                DateRange.since(LocalDate.of(2022, 4, 1)),
                Iri.of(register + "membership/1"),
                List.of())),
        profile.memberships());
    assertEquals(
        List.of(
            "<"
                + register
                + "membership/2>: a membership whose role ("
                + register
                + "role/vorstand) is none of the library's membership roles was not imported;"
                + " its triples are listed as not read"),
        result.notes().stream().map(n -> n.text(Locale.ENGLISH)).toList());
    assertEquals(
        List.of(
            "_:b locality \"Iserlohn\"",
            "_:b notation \"LB-1\"",
            "_:b type Work",
            register + "membership/2 member " + register + "org/walzwerk",
            register + "membership/2 organization " + register + "org/leichtbau",
            register + "membership/2 role " + register + "role/vorstand",
            register + "membership/2 type Membership",
            register + "org/leichtbau hasSite " + register + "site/labor",
            register + "org/leichtbau identifier _:b",
            register + "site/labor siteAddress _:b",
            register + "site/labor type Site"),
        result.unmapped().stream()
            .map(RdfImporterTest::brief)
            .map(t -> t.replaceAll("_:\\S+|[0-9a-f]{32}", "_:b"))
            .sorted()
            .toList());

    // What was kept reads back the same from our own Turtle.
    java.io.ByteArrayOutputStream turtle = new java.io.ByteArrayOutputStream();
    ClusterRdf.create().write(List.of(profile), turtle, ProfileFormat.TURTLE);
    assertEquals(
        List.of(profile),
        ClusterRdf.create()
            .read(new java.io.ByteArrayInputStream(turtle.toByteArray()), ProfileFormat.TURTLE)
            .profiles());
  }

  private static RdfImport importWeb(String name, ProfileFormat format) {
    try (InputStream in = RdfImporterTest.class.getResourceAsStream("/fixtures/web/" + name)) {
      return ClusterRdf.create()
          .importer()
          .clock(CLOCK)
          .actorType(ActorType.COMPANY)
          .build()
          .read(in, format);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String brief(Triple triple) {
    return brief(triple.getSubject().toString())
        + " "
        + localName(triple.getPredicate().getURI())
        + " "
        + (triple.getPredicate().getURI().endsWith("#type")
            ? localName(triple.getObject().getURI())
            : brief(triple.getObject().toString()));
  }

  private static String brief(String node) {
    return node.startsWith(PLATFORM) ? node.substring(PLATFORM.length()) : node;
  }

  private static String localName(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  }
}
