package eu.clusterdata.cli;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ImpulseUptake;
import eu.clusterdata.model.Label;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.TransformationEngagement;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.NutsCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A data set at a glance: how many clusters, and how their members, services, transformations,
 * impulse uptakes, labels, regions and industrial ecosystems are spread. Filled one profile at a
 * time, so an input of any size is summed in constant memory (one counter per code). Not
 * thread-safe.
 */
final class Overview {

  private final LocalDate today;
  private long clusters;
  private final Map<String, Long> membersByType = new TreeMap<>();
  private final Map<String, Long> countedByType = new TreeMap<>();
  private final Map<String, Long> servicesByArea = new TreeMap<>();
  private final Map<String, Long> clustersByTransformation = new TreeMap<>();
  private final Map<String, Map<String, Long>> uptakesByImpulse = new TreeMap<>();
  private final Map<String, Map<String, Long>> labelsByLevel = new TreeMap<>();
  private final Map<String, Long> clustersByRegion = new TreeMap<>();
  private final Map<String, Long> clustersByEcosystem = new TreeMap<>();
  private final Map<String, Map<String, Long>> servicesByAreaAndTransformation = new TreeMap<>();
  private final Map<String, Map<String, String>> uptakesByCluster = new LinkedHashMap<>();
  private long clustersNotInMatrix;
  private final List<LabelSpan> labelSpans = new ArrayList<>();

  /** The most clusters the overview page's impulse matrix shows. */
  static final int MATRIX_CLUSTERS = 100;

  /** The most labels the overview page's timeline shows. */
  static final int TIMELINE_LABELS = 200;

  /**
   * One label on the overview page's timeline.
   *
   * @param name the cluster and the label, for the reader
   * @param awarded the award date, or {@code null}
   * @param validUntil the last valid day, or {@code null}
   */
  record LabelSpan(String name, @Nullable LocalDate awarded, @Nullable LocalDate validUntil) {}

  Overview(LocalDate today) {
    this.today = today;
  }

  void add(ClusterProfile profile) {
    clusters++;
    Map<Iri, Actor> actors = new HashMap<>();
    profile.actors().forEach(actor -> actors.put(actor.id(), actor));
    // The members of today, each once: a membership that has ended, or an actor's second role,
    // is not another member.
    Set<Iri> current = new HashSet<>();
    for (Membership membership : profile.memberships()) {
      if (membership.period().contains(today) && current.add(membership.actor())) {
        Actor actor = actors.get(membership.actor());
        // by the member typology, as member counts count: a company by its size
        count(
            membersByType,
            actor == null
                ? "unknown"
                : MemberType.of(actor.type(), actor.companySize())
                    .map(MemberType::code)
                    .orElse(actor.type().code()));
      }
    }
    for (MemberCount count : MemberCount.current(profile.memberCounts(), today)) {
      countedByType.merge(count.type().code(), (long) count.count(), Long::sum);
    }
    for (Service service : profile.services()) {
      count(servicesByArea, service.area().code());
      Map<String, Long> byTransformation =
          servicesByAreaAndTransformation.computeIfAbsent(
              service.area().code(), k -> new TreeMap<>());
      if (service.transformations().isEmpty()) {
        count(byTransformation, "");
      }
      service.transformations().forEach(t -> count(byTransformation, t.code()));
    }
    String name =
        profile.organisation().acronym() != null
            ? profile.organisation().acronym()
            : profile.organisation().name().best(List.of("de", "en")).orElse("");
    if (!profile.impulseUptakes().isEmpty()) {
      if (uptakesByCluster.size() < MATRIX_CLUSTERS) {
        Map<String, String> statuses = new TreeMap<>();
        profile.impulseUptakes().forEach(u -> statuses.put(u.impulse(), u.status().code()));
        uptakesByCluster.put(name, statuses);
      } else {
        clustersNotInMatrix++;
      }
    }
    profile.engagements().stream()
        .map(TransformationEngagement::transformation)
        .distinct()
        .forEach(t -> count(clustersByTransformation, t.code()));
    for (ImpulseUptake uptake : profile.impulseUptakes()) {
      count(
          uptakesByImpulse.computeIfAbsent(uptake.impulse(), k -> new TreeMap<>()),
          uptake.status().code());
    }
    for (Label label : profile.organisation().labels()) {
      String validity =
          label.validUntil() == null
              ? "unknown"
              : label.validUntil().isBefore(today) ? "expired" : "valid";
      LabelScheme scheme = label.scheme();
      String level =
          scheme == null || label.isEucles()
              ? label.level().code()
              : scheme.code() + " " + label.level().code();
      count(labelsByLevel.computeIfAbsent(level, k -> new TreeMap<>()), validity);
      if (labelSpans.size() < TIMELINE_LABELS) {
        labelSpans.add(new LabelSpan(name + " · " + level, label.awarded(), label.validUntil()));
      }
    }
    NutsCode region = profile.organisation().location().region();
    count(clustersByRegion, region == null ? "" : region.code());
    Set<IndustrialEcosystem> ecosystems = profile.organisation().focus().ecosystems();
    if (ecosystems.isEmpty()) {
      count(clustersByEcosystem, "");
    }
    ecosystems.forEach(e -> count(clustersByEcosystem, e.code()));
  }

  private static void count(Map<String, Long> counts, String key) {
    counts.merge(key, 1L, Long::sum);
  }

  long clusters() {
    return clusters;
  }

  Map<String, Long> clustersByRegion() {
    return clustersByRegion;
  }

  /** Clusters by industrial ecosystem ({@code ""} for a cluster that names none). */
  Map<String, Long> clustersByEcosystem() {
    return clustersByEcosystem;
  }

  /** Whether some cluster names an industrial ecosystem. */
  boolean namesEcosystems() {
    return clustersByEcosystem.keySet().stream().anyMatch(code -> !code.isEmpty());
  }

  Map<String, Long> clustersByTransformation() {
    return clustersByTransformation;
  }

  Map<String, Long> membersByType() {
    return membersByType;
  }

  Map<String, Long> countedByType() {
    return countedByType;
  }

  /** Services by area, then by transformation ({@code ""} for a service that names none). */
  Map<String, Map<String, Long>> servicesByAreaAndTransformation() {
    return servicesByAreaAndTransformation;
  }

  /** The impulses each cluster takes up with their status, for the first clusters that take any. */
  Map<String, Map<String, String>> uptakesByCluster() {
    return uptakesByCluster;
  }

  /** How many clusters take up impulses beyond those {@link #uptakesByCluster()} holds. */
  long clustersNotInMatrix() {
    return clustersNotInMatrix;
  }

  List<LabelSpan> labelSpans() {
    return labelSpans;
  }

  /** The date labels are judged valid or expired on. */
  LocalDate today() {
    return today;
  }

  /**
   * The sections, each a table, in the order a person reads them, under the key of their title in
   * the command line's words ({@code summary.regions}...).
   */
  Map<String, Table> sections() {
    Map<String, Table> sections = new LinkedHashMap<>();
    Table regions = new Table("region", "name", "clusters");
    clustersByRegion.forEach(
        (code, n) ->
            regions.add(
                code.isEmpty() ? null : code,
                code.isEmpty() ? "" : CodeNames.region(NutsCode.of(code)),
                n));
    sections.put("summary.regions", regions);
    Table ecosystems = new Table("ecosystem", "clusters");
    clustersByEcosystem.forEach((code, n) -> ecosystems.add(code.isEmpty() ? null : code, n));
    sections.put("summary.ecosystems", ecosystems);
    sections.put("summary.members", counts("type", "members", membersByType));
    sections.put("summary.member-counts", counts("type", "members", countedByType));
    sections.put("summary.services", counts("area", "services", servicesByArea));
    sections.put(
        "summary.transformations", counts("transformation", "clusters", clustersByTransformation));
    Table uptakes = new Table("impulse", "status", "clusters");
    uptakesByImpulse.forEach(
        (impulse, byStatus) -> byStatus.forEach((status, n) -> uptakes.add(impulse, status, n)));
    sections.put("summary.impulses", uptakes);
    Table labels = new Table("level", "validity", "labels");
    labelsByLevel.forEach(
        (level, byValidity) -> byValidity.forEach((validity, n) -> labels.add(level, validity, n)));
    sections.put("summary.labels", labels);
    return sections;
  }

  private static Table counts(String what, String unit, Map<String, Long> counts) {
    Table table = new Table(what, unit);
    counts.forEach(table::add);
    return table;
  }
}
