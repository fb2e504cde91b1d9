package eu.clusterdata.model.codes;

import eu.clusterdata.model.internal.Csv;
import eu.clusterdata.model.internal.Suggestions;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The regions of one version of the NUTS classification, as Eurostat publishes them: every level (0
 * to 3) of every country the classification covers, the Extra-Regio codes and the statistical
 * regions of EFTA and candidate countries, with their names (see the NOTICE file for the source).
 * Look-ups take constant time; each version is read from the jar once, when first asked for, and
 * only its codes are indexed at once (names are read from the line when asked for). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * NutsClassification nuts = NutsClassification.of(NutsVersion.NUTS_2024);
 * nuts.region(NutsCode.of("DEA1A")).map(NutsRegion::name);  // "Wuppertal, Kreisfreie Stadt"
 * nuts.suggestions(NutsCode.of("DEZ9"));                     // close codes of DE at level 2
 * }</pre>
 */
public final class NutsClassification {

  /** The versions read so far, by ordinal: read without a lock, as every code look-up asks. */
  private static final AtomicReferenceArray<NutsClassification> VERSIONS =
      new AtomicReferenceArray<>(NutsVersion.values().length);

  /** NUTS 2021 code to its successors in NUTS 2024, and back; read with either version. */
  private static final class Correspondence {
    static final Map<String, List<NutsCode>> FORWARD = new HashMap<>();
    static final Map<String, List<NutsCode>> BACKWARD = new HashMap<>();

    static {
      for (String[] row :
          Csv.rows(NutsClassification.class, "/eu/clusterdata/model/codes/nuts-2021-2024.csv")) {
        FORWARD.computeIfAbsent(row[0], k -> new ArrayList<>()).add(NutsCode.of(row[1]));
        BACKWARD.computeIfAbsent(row[1], k -> new ArrayList<>()).add(NutsCode.of(row[0]));
      }
    }
  }

  private final NutsVersion version;
  private final Csv.Table table;

  private NutsClassification(NutsVersion version) {
    this.version = version;
    this.table =
        Csv.table(
            NutsClassification.class,
            "/eu/clusterdata/model/codes/nuts-".concat(version.label()).concat(".csv"));
  }

  private @Nullable NutsRegion region(String code) {
    String[] row = table.row(code);
    return row == null
        ? null
        : new NutsRegion(NutsCode.of(row[0]), Integer.parseInt(row[1]), row[2], version);
  }

  /** Returns the regions of {@code version}. */
  public static NutsClassification of(NutsVersion version) {
    Objects.requireNonNull(version, "version");
    NutsClassification classification = VERSIONS.get(version.ordinal());
    return classification != null ? classification : load(version);
  }

  /** Reads {@code version} once: the lock keeps two threads from reading the same list. */
  private static synchronized NutsClassification load(NutsVersion version) {
    // No lambda or string concatenation on this path: it runs once per process, before the JIT,
    // where bootstrapping either costs more than reading the list.
    NutsClassification classification = VERSIONS.get(version.ordinal());
    if (classification == null) {
      classification = new NutsClassification(version);
      VERSIONS.set(version.ordinal(), classification);
    }
    return classification;
  }

  /** Returns the version. */
  public NutsVersion version() {
    return version;
  }

  /** Returns the region with this code, if this version has it. */
  public Optional<NutsRegion> region(NutsCode code) {
    return Optional.ofNullable(region(code.code()));
  }

  /** Returns whether this version has a region with this code. */
  public boolean contains(NutsCode code) {
    return table.contains(code.code());
  }

  /** Returns every region, in code order (each right after its parent). */
  public List<NutsRegion> regions() {
    return table.codes().stream().map(this::region).toList();
  }

  /**
   * Returns the regions of one country at one level, in code order.
   *
   * @param country the two-letter NUTS country code ({@code EL} for Greece)
   * @param level 0 to 3
   */
  public List<NutsRegion> regions(String country, int level) {
    return table.codes().stream()
        .filter(c -> c.length() == level + 2 && c.startsWith(country))
        .map(this::region)
        .toList();
  }

  /** Returns the region one level up ({@code DEA1} for {@code DEA1A}), if there is one. */
  public Optional<NutsRegion> parent(NutsCode code) {
    String text = code.code();
    return text.length() <= 2
        ? Optional.empty()
        : Optional.ofNullable(region(text.substring(0, text.length() - 1)));
  }

  /** Returns the regions one level down, in code order. */
  public List<NutsRegion> children(NutsCode code) {
    String parent = code.code();
    return table.codes().stream()
        .filter(c -> c.length() == parent.length() + 1 && c.startsWith(parent))
        .map(this::region)
        .toList();
  }

  /**
   * Returns up to three codes of this version close to {@code code} in spelling, of the same
   * country and level, closest first: the "did you mean" of a code that does not exist.
   */
  public List<NutsCode> suggestions(NutsCode code) {
    String text = code.code();
    return Suggestions.closest(
            text,
            table.codes().stream()
                .filter(c -> c.length() == text.length() && c.startsWith(code.countryPart())),
            3)
        .stream()
        .map(NutsCode::of)
        .toList();
  }

  /**
   * Returns the regions of this version that correspond to a region of the other version that was
   * recoded, split, merged or moved: for NUTS 2024, the successors of a NUTS 2021 code; for NUTS
   * 2021, the predecessors of a NUTS 2024 code (from Eurostat's correspondence table). Empty for a
   * code that is the same in both, and for one that ended without a successor (such as the United
   * Kingdom's regions, which NUTS 2024 no longer has).
   */
  public List<NutsCode> counterparts(NutsCode otherVersionCode) {
    Map<String, List<NutsCode>> table =
        version == NutsVersion.NUTS_2024 ? Correspondence.FORWARD : Correspondence.BACKWARD;
    return List.copyOf(table.getOrDefault(otherVersionCode.code(), List.of()));
  }
}
