package eu.clusterdata.tabular.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.ProfileMetadata;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.tabular.ColumnMapping;
import eu.clusterdata.tabular.MappedRow;
import eu.clusterdata.tabular.MergeResult;
import eu.clusterdata.tabular.RowOutcome;
import eu.clusterdata.tabular.RowOutcome.Change;
import eu.clusterdata.tabular.RowOutcome.Match;
import eu.clusterdata.tabular.internal.Layout.Child;
import eu.clusterdata.tabular.internal.Layout.Nested;
import eu.clusterdata.tabular.internal.Layout.Sheet;
import eu.clusterdata.tabular.internal.Layout.Slot;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a mapped sheet merged into profiles: each row finds its cluster (by id, or by normalised
 * name and country; a near name is reported, never taken), and its record is added to the cluster's
 * list, or replaces the record of the same identity there.
 */
public final class Merge {

  private Merge() {}

  /** Merges {@code rows} into {@code profiles}; see {@link eu.clusterdata.tabular.ProfileMerge}. */
  public static MergeResult merge(
      List<ClusterProfile> profiles, List<MappedRow> rows, ColumnMapping mapping, Instant now) {
    Sheet into = Mappings.target(mapping.into()).orElseThrow();
    List<Component> path = path(Layout.get().root().slots(), into).orElseThrow();
    Map<Iri, ClusterProfile> merged = new LinkedHashMap<>();
    profiles.forEach(p -> merged.put(p.organisation().id(), p));
    Map<Iri, ClusterProfile> original = new LinkedHashMap<>(merged);
    List<RowOutcome> outcomes = new ArrayList<>();
    for (MappedRow row : rows) {
      String name = row.cluster().getOrDefault("name", row.cluster().getOrDefault("id", ""));
      Object record = row.record();
      if (record == null) {
        outcomes.add(
            new RowOutcome(row.row(), name, Match.UNREADABLE, null, null, "", row.problems()));
        continue;
      }
      List<ClusterProfile> exact = new ArrayList<>();
      ClusterProfile near = find(merged.values(), row, mapping, exact);
      if (exact.size() > 1) {
        outcomes.add(
            new RowOutcome(
                row.row(),
                name,
                Match.AMBIGUOUS,
                null,
                null,
                exact.stream()
                    .map(p -> p.organisation().id().value())
                    .collect(Collectors.joining(", ")),
                List.of()));
      } else if (exact.isEmpty()) {
        outcomes.add(
            new RowOutcome(
                row.row(),
                name,
                near == null ? Match.UNMATCHED : Match.NEAR,
                near == null ? null : near.organisation().id(),
                null,
                near == null ? "" : display(near),
                List.of()));
      } else {
        ClusterProfile profile = exact.get(0);
        List<Object> list = new ArrayList<>(listAt(profile, path));
        int at = indexOfIdentity(list, record, into.record(), mapping);
        Change change;
        String detail;
        if (at < 0) {
          list.add(record);
          change = Change.ADDED;
          detail = describe(record, into.record());
        } else if (list.get(at).equals(record)) {
          change = Change.UNCHANGED;
          detail = describe(record, into.record());
        } else {
          detail = differences(list.get(at), record, into.record());
          list.set(at, record);
          change = Change.UPDATED;
        }
        ClusterProfile changed = (ClusterProfile) withList(profile, path, 0, list);
        merged.put(profile.organisation().id(), changed);
        outcomes.add(
            new RowOutcome(
                row.row(),
                name,
                Match.EXACT,
                profile.organisation().id(),
                change,
                detail,
                List.of()));
      }
    }
    List<ClusterProfile> all = new ArrayList<>();
    List<ClusterProfile> changed = new ArrayList<>();
    for (Map.Entry<Iri, ClusterProfile> entry : merged.entrySet()) {
      ClusterProfile profile = entry.getValue();
      if (!profile.equals(original.get(entry.getKey()))) {
        profile = touched(profile, mapping, now);
        changed.add(profile);
      }
      all.add(profile);
    }
    return new MergeResult(all, changed, outcomes);
  }

  /** The profile with its modification time and the sheet among its sources. */
  private static ClusterProfile touched(
      ClusterProfile profile, ColumnMapping mapping, Instant now) {
    ProfileMetadata m = profile.metadata();
    List<Source> sources = new ArrayList<>(m.sources());
    String title = mapping.title() == null ? mapping.into() : mapping.title();
    if (sources.stream().noneMatch(s -> title.equals(s.title()))) {
      sources.add(
          new Source(SourceType.DOCUMENT, title, null, LocalDate.ofInstant(now, ZoneOffset.UTC)));
    }
    return profile.toBuilder()
        .metadata(
            new ProfileMetadata(
                m.created(), now, m.sourceSystem(), sources, m.languages(), m.nutsVersion()))
        .build();
  }

  // ---- finding the cluster ----

  private static @Nullable ClusterProfile find(
      Collection<ClusterProfile> profiles,
      MappedRow row,
      ColumnMapping mapping,
      List<ClusterProfile> exact) {
    String id = row.cluster().get("id");
    if (mapping.match().contains("id") && id != null && !id.isBlank()) {
      profiles.stream()
          .filter(p -> p.organisation().id().value().equals(id.strip()))
          .forEach(exact::add);
      if (!exact.isEmpty() || !mapping.match().contains("name")) {
        return null;
      }
    }
    String name = normalise(row.cluster().getOrDefault("name", ""));
    if (name.isEmpty()) {
      return null;
    }
    String country = row.cluster().get("country");
    ClusterProfile near = null;
    int nearest = Integer.MAX_VALUE;
    for (ClusterProfile profile : profiles) {
      if (mapping.match().contains("country") && !sameCountry(profile, country)) {
        continue;
      }
      for (String candidate : names(profile)) {
        if (candidate.equals(name)) {
          exact.add(profile);
          break;
        }
        int allowed = Math.max(2, name.length() / 8);
        boolean contains =
            Math.min(candidate.length(), name.length()) >= 6
                && (candidate.contains(name) || name.contains(candidate));
        if (!contains && Math.abs(candidate.length() - name.length()) > allowed) {
          continue; // too far apart to be a misspelling: no need to measure
        }
        int distance = distance(candidate, name);
        boolean close = distance <= allowed || contains;
        if (close && distance < nearest) {
          near = profile;
          nearest = distance;
        }
      }
    }
    return near;
  }

  private static boolean sameCountry(ClusterProfile profile, @Nullable String country) {
    var location = profile.organisation().location();
    return country != null
        && location.country() != null
        && location.country().code().equalsIgnoreCase(country.strip());
  }

  private static List<String> names(ClusterProfile profile) {
    List<String> names = new ArrayList<>();
    profile.organisation().name().values().values().forEach(n -> names.add(normalise(n)));
    if (profile.organisation().acronym() != null) {
      names.add(normalise(profile.organisation().acronym()));
    }
    return names;
  }

  /** Lower case, without accents, {@code &} as "and", punctuation as single spaces. */
  static String normalise(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace("ß", "ss")
        .replace("&", " and ")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String display(ClusterProfile profile) {
    return profile.organisation().name().best(List.of("en", "de")).orElse("")
        + " <"
        + profile.organisation().id().value()
        + ">";
  }

  // ---- changing the list ----

  /** The components from the profile to the list a sheet holds. */
  private static java.util.Optional<List<Component>> path(List<Slot> slots, Sheet sheet) {
    for (Slot slot : slots) {
      if (slot instanceof Child child && child.sheet().name().equals(sheet.name())) {
        return java.util.Optional.of(List.of(child.component()));
      } else if (slot instanceof Nested nested) {
        var inner = path(nested.slots(), sheet);
        if (inner.isPresent()) {
          List<Component> path = new ArrayList<>(List.of(nested.component()));
          path.addAll(inner.get());
          return java.util.Optional.of(path);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The list at the end of {@code path}. */
  private static Collection<?> listAt(Object record, List<Component> path) {
    Object value = record;
    for (Component component : path) {
      value = component.get(value);
    }
    return (Collection<?>) value;
  }

  /** A copy of {@code record} with {@code list} at the end of {@code path}. */
  private static Object withList(
      Object record, List<Component> path, int depth, List<Object> list) {
    RecordType<?> type = ModelDescription.of(record.getClass().asSubclass(Record.class));
    Object[] args = new Object[type.components().size()];
    for (Component c : type.components()) {
      args[c.index()] = c.get(record);
    }
    Component component = path.get(depth);
    args[component.index()] =
        depth == path.size() - 1 ? list : withList(args[component.index()], path, depth + 1, list);
    return type.construct(args);
  }

  private static int indexOfIdentity(
      List<Object> list, Object record, RecordType<?> type, ColumnMapping mapping) {
    List<Component> identity =
        type.component("id")
            .map(List::of)
            .orElseGet(
                () ->
                    mapping.identity().stream().map(n -> type.component(n).orElseThrow()).toList());
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      boolean same =
          identity.isEmpty()
              ? element.equals(record)
              : identity.stream().allMatch(c -> Objects.equals(c.get(element), c.get(record)));
      if (same) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(Object record, RecordType<?> type) {
    List<String> parts = new ArrayList<>();
    for (Component c : type.components()) {
      Object value = c.get(record);
      if (value != null && !c.isEmptyValue(value)) {
        parts.add(c.name() + " " + text(value));
      }
    }
    return String.join(", ", parts);
  }

  private static String differences(Object before, Object after, RecordType<?> type) {
    List<String> parts = new ArrayList<>();
    for (Component c : type.components()) {
      Object old = c.get(before);
      Object now = c.get(after);
      if (!Objects.equals(old, now)) {
        parts.add(
            c.name()
                + " "
                + (old == null ? "(none)" : text(old))
                + " → "
                + (now == null ? "(none)" : text(now)));
      }
    }
    return String.join(", ", parts);
  }

  private static String text(Object value) {
    if (value instanceof MultilingualText text) {
      return text.best(List.of("en", "de")).orElse("");
    } else if (value instanceof Collection<?> values) {
      return Cells.formatAll(values);
    } else if (Cells.isSimple(value.getClass())) {
      return Cells.format(value);
    }
    return value.toString();
  }
}
