package eu.clusterdata.cli;

import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.NutsClassification;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.internal.Suggestions;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import eu.clusterdata.store.ClusterQuery;
import eu.clusterdata.store.ClusterSummary;
import eu.clusterdata.store.Member;
import eu.clusterdata.store.PartnerCandidate;
import eu.clusterdata.store.ProfileStore;
import eu.clusterdata.store.ProfileStoreException;
import eu.clusterdata.store.SharedMembers;
import eu.clusterdata.store.SparqlRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Asks a store which clusters meet criteria (all must hold), who the members of a cluster"
          + " are, which clusters share members with it, or which could partner with it.",
      "Codes are those of the catalogues (clusterdata catalogue ...)."
    },
    footer = {
      "",
      "Examples:",
      "  clusterdata query --store target/store --region DEA --service-area startup-support"
          + " --transformation decarbonisation",
      "  clusterdata query --store target/store --partners-of https://clusterdata.eu/data/nrw/bio-nrw --output json",
      "  clusterdata query --store target/store --sparql count.rq",
      "",
      "Exit status: 0 answered, 2 store unusable or query wrong."
    })
final class QueryCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Mixin private StoreOption store;

  @Option(
      names = "--region",
      paramLabel = "NUTS",
      description = "In this NUTS region or inside it (DEA, DEA2).")
  private @Nullable String region;

  @Option(
      names = "--ecosystem",
      paramLabel = "CODE",
      description = "In this industrial ecosystem (digital, health ...).")
  private @Nullable String ecosystem;

  @Option(
      names = "--transformation",
      paramLabel = "CODE",
      description = "Driving this transformation (decarbonisation, digitalisation ...).")
  private @Nullable String transformation;

  @Option(
      names = "--service-area",
      paramLabel = "CODE",
      description = "Offering a service in this area (startup-support ...).")
  private @Nullable String serviceArea;

  @Option(
      names = "--impulse",
      paramLabel = "CODE",
      description = "Having taken up this impulse (I07).")
  private @Nullable String impulse;

  @Option(
      names = "--label",
      paramLabel = "LEVEL",
      description =
          "Holding a EUCLES label of this level (bronze, silver, gold) that is valid today, or on"
              + " the day --valid-on gives.")
  private @Nullable String label;

  @Option(
      names = "--valid-on",
      paramLabel = "DATE",
      description = "The day the --label must be valid on (2026-06-01); default: today.")
  private @Nullable LocalDate validOn;

  @ArgGroup(exclusive = true)
  private About about;

  static final class About {
    @Option(
        names = "--members-of",
        paramLabel = "CLUSTER",
        description = "The members of this cluster: its identifier, or its acronym.")
    @Nullable String membersOf;

    @Option(
        names = "--shared-members-of",
        paramLabel = "CLUSTER",
        description = "Clusters sharing members with this one: its identifier, or its acronym.")
    @Nullable String sharedMembersOf;

    @Option(
        names = "--partners-of",
        paramLabel = "CLUSTER",
        description = "Ranked partner candidates for this cluster: its identifier, or its acronym.")
    @Nullable String partnersOf;

    @Option(
        names = "--sparql",
        paramLabel = "FILE",
        description = "Run the SELECT query in this file (prefixes cd:, org:, skos: ... declared).")
    @Nullable Path sparql;
  }

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "The most partner candidates to show (default 10).")
  private int limit = 10;

  @Mixin private TableOutputOption output;

  @Mixin private LanguageOption language;

  @Override
  public Integer call() throws IOException {
    output.check();
    Words words = Words.of(language.locale());
    try (ProfileStore target = store.open(false, main.environment)) {
      Table table = answer(target, words);
      output.print(table, main.out, words);
      if (output.isTable()) {
        main.err.println(
            table.size() == 1 ? words.get("query.row") : words.get("query.rows", table.size()));
      }
      return 0;
    } catch (ProfileStoreException e) {
      throw CliException.because(e, "plain", e.getMessage());
    }
  }

  private Table answer(ProfileStore target, Words words) throws IOException {
    if (about != null && about.membersOf != null) {
      Table table = new Table("actor", "name", "type", "role");
      for (Member member : target.members(cluster(target, "--members-of", about.membersOf))) {
        table.add(
            member.actor(),
            member.name().best(words.languages()).orElse(""),
            member.type() == null ? "" : member.type().code(),
            member.role().code());
      }
      return table;
    } else if (about != null && about.sharedMembersOf != null) {
      Table table = new Table("cluster", "name", "region", "regionName", "shared", "members");
      for (SharedMembers shared :
          target.sharedMembers(cluster(target, "--shared-members-of", about.sharedMembersOf))) {
        table.add(
            shared.cluster().id(),
            name(shared.cluster(), words),
            shared.cluster().region(),
            CodeNames.region(shared.cluster().region()),
            shared.actors().size(),
            shared.actors().stream().map(Iri::value).collect(Collectors.joining(" ")));
      }
      return table;
    } else if (about != null && about.partnersOf != null) {
      Table table = new Table("cluster", "name", "region", "regionName", "score", "reasons");
      for (PartnerCandidate candidate :
          target.partnerCandidates(cluster(target, "--partners-of", about.partnersOf), limit)) {
        table.add(
            candidate.cluster().id(),
            name(candidate.cluster(), words),
            candidate.cluster().region(),
            CodeNames.region(candidate.cluster().region()),
            candidate.score(),
            candidate.reasons().stream()
                .map(
                    reason ->
                        words.get(
                            "reason." + reason.kind().name().toLowerCase(Locale.ROOT),
                            CodeNames.reason(reason.kind(), reason.code(), words.locale())))
                .collect(Collectors.joining("; ")));
      }
      return table;
    } else if (about != null && about.sparql != null) {
      String text;
      try {
        text = Files.readString(about.sparql);
      } catch (NoSuchFileException e) {
        throw CliException.of("query.no-file", about.sparql);
      }
      SparqlRows rows = target.select(text, Map.of());
      Table table = new Table(rows.variables().toArray(String[]::new));
      for (Map<String, Node> row : rows.rows()) {
        table.add(
            rows.variables().stream()
                .map(v -> row.containsKey(v) ? term(row.get(v)) : "")
                .toArray());
      }
      return table;
    }
    Table table = new Table("cluster", "name", "acronym", "region", "regionName");
    for (ClusterSummary cluster : target.find(query())) {
      table.add(
          cluster.id(),
          name(cluster, words),
          cluster.acronym(),
          cluster.region(),
          CodeNames.region(cluster.region()));
    }
    return table;
  }

  private ClusterQuery query() {
    if (validOn != null && label == null) {
      throw CliException.of("query.valid-on");
    }
    try {
      return ClusterQuery.builder()
          .region(region == null ? null : region(region))
          .ecosystem(Codes.parse(IndustrialEcosystem.class, ecosystem, "--ecosystem", "ecosystems"))
          .transformation(
              Codes.parse(
                  Transformation.class, transformation, "--transformation", "transformations"))
          .serviceArea(
              Codes.parse(ServiceArea.class, serviceArea, "--service-area", "service-areas"))
          .impulse(impulse == null ? null : impulse(impulse))
          .label(Codes.parse(LabelLevel.class, label, "--label", null), validOn)
          .build();
    } catch (IllegalArgumentException e) {
      throw CliException.of("plain", e.getMessage());
    }
  }

  /** The impulse {@code --impulse} names, which must be in the catalogue. */
  private static String impulse(String text) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (ImpulseCatalogue.find(code).isEmpty()) {
      throw CliException.of("query.unknown-impulse", text);
    }
    return code;
  }

  /** The region {@code --region} names, which must be in NUTS 2024 or NUTS 2021. */
  private static NutsCode region(String text) {
    NutsCode code;
    try {
      code = NutsCode.of(text.strip().toUpperCase(Locale.ROOT));
    } catch (InvalidValueException e) {
      throw CliException.of("query.unknown-region", text);
    }
    for (NutsVersion version : NutsVersion.values()) {
      if (NutsClassification.of(version).contains(code)) {
        return code;
      }
    }
    List<NutsCode> near = NutsClassification.of(NutsVersion.DEFAULT).suggestions(code);
    throw near.isEmpty()
        ? CliException.of("query.unknown-region", text)
        : CliException.of(
            "query.unknown-region.near",
            text,
            near.stream().map(NutsCode::code).collect(Collectors.joining(", ")));
  }

  /**
   * The cluster {@code option} names: by its identifier, or by its acronym where one cluster in the
   * store has it (in any case). A cluster the store does not hold is refused, with the identifiers
   * and acronyms closest to what was typed.
   */
  private static Iri cluster(ProfileStore target, String option, String text) {
    for (Iri id : target.ids()) {
      if (id.value().equals(text)) {
        return id; // the usual case, without fetching every cluster's name
      }
    }
    List<ClusterSummary> clusters = target.find(ClusterQuery.builder().build());
    List<ClusterSummary> named =
        clusters.stream()
            .filter(c -> c.acronym() != null && c.acronym().equalsIgnoreCase(text.strip()))
            .toList();
    if (named.size() == 1) {
      return named.get(0).id();
    } else if (named.size() > 1) {
      throw CliException.of(
          "query.ambiguous-cluster",
          option,
          text,
          named.stream().map(c -> c.id().value()).collect(Collectors.joining(", ")));
    }
    List<String> near =
        Suggestions.closest(
            text,
            clusters.stream()
                .flatMap(c -> Stream.of(c.id().value(), c.acronym()))
                .filter(Objects::nonNull),
            3);
    throw near.isEmpty()
        ? CliException.of("query.unknown-cluster", option, text)
        : CliException.of("query.unknown-cluster.near", option, text, String.join(", ", near));
  }

  /** A cluster's name in the reader's language where it has one. */
  private static String name(ClusterSummary cluster, Words words) {
    return cluster.name().best(words.languages()).orElse(cluster.id().value());
  }

  private static String term(Node node) {
    if (node.isURI()) {
      return node.getURI();
    } else if (node.isLiteral()) {
      return node.getLiteralLexicalForm();
    }
    return node.toString();
  }
}
