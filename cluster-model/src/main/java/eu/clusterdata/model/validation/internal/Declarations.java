package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Event;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.Partnership;
import eu.clusterdata.model.PracticeExample;
import eu.clusterdata.model.Project;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.value.Iri;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers a profile declares, each with the kinds of record that declare it and the first
 * actor that does, and the entry of each membership's actor: made once per validation for every
 * rule that looks an identifier up. Entries are numbered in the order they are first declared; an
 * open-addressing table of entry numbers finds them, as a profile declares a few hundred
 * identifiers and a hash map would allocate a node for each of them in every validation.
 *
 * <p>Identifiers come from the input, so they may be chosen to collide. A probe longer than {@link
 * #MAX_PROBE} slots moves the index to a {@link HashMap} keyed by the identifier's text, whose
 * colliding entries are kept as balanced trees, so a hostile profile costs {@code n log n}, not
 * {@code n²}.
 */
public final class Declarations {

  static final int ORGANISATION = 1;
  static final int PARTNERSHIP = 1 << 1;
  static final int ACTOR = 1 << 2;
  static final int SERVICE = 1 << 3;
  static final int PROJECT = 1 << 4;
  static final int PRACTICE_EXAMPLE = 1 << 5;
  static final int EVENT = 1 << 6;

  /** The longest probe the table makes before it hands its entries to a hash map. */
  static final int MAX_PROBE = 64;

  /** The lists of declaring records in the order they are read, and the kind each declares. */
  private static final String[] LISTS = {
    "organisation.partnerships", "actors", "services", "projects", "practiceExamples", "events"
  };

  private static final int[] LIST_KINDS = {
    PARTNERSHIP, ACTOR, SERVICE, PROJECT, PRACTICE_EXAMPLE, EVENT
  };

  // The entries, by number.
  private final Iri[] ids;
  private final int[] kinds;
  private final int[] firsts;
  private final Actor[] actors;
  private int size;

  // The index: entry number + 1 per slot, 0 for a free one; or, after a long probe, the map.
  private final int[] table;
  private final int mask;
  private @Nullable Map<String, Integer> map;
  private int free; // the free slot where the last look-up that found nothing in the table ended

  private final int[] listSizes = new int[LISTS.length];
  private List<Duplicate> duplicates = List.of();
  private final int[] members; // the entry of each membership's actor, -1 where none is declared

  /** A second declaration of an identifier: where it is and where the first one is. */
  public record Duplicate(Iri id, String path, String firstPath) {}

  private Declarations(int count, int memberships) {
    members = new int[memberships];
    ids = new Iri[count];
    kinds = new int[count];
    firsts = new int[count];
    actors = new Actor[count];
    int capacity = Integer.highestOneBit(Math.max(count, 4) * 2 - 1) << 1; // at most half full
    table = new int[capacity];
    mask = capacity - 1;
  }

  /** Collects the identifiers {@code profile} declares. */
  public static Declarations of(ClusterProfile profile) {
    List<List<?>> lists =
        List.of(
            profile.organisation().partnerships(),
            profile.actors(),
            profile.services(),
            profile.projects(),
            profile.practiceExamples(),
            profile.events());
    int count = 1;
    for (List<?> list : lists) {
      count += list.size();
    }
    List<Membership> memberships = profile.memberships();
    Declarations declarations = new Declarations(count, memberships.size());
    declarations.declare(profile.organisation().id(), ORGANISATION, 0, null);
    int ordinal = 1;
    for (int l = 0; l < LISTS.length; l++) {
      List<?> list = lists.get(l);
      declarations.listSizes[l] = list.size();
      for (int i = 0; i < list.size(); i++) {
        Object record = list.get(i);
        Actor actor = record instanceof Actor a ? a : null;
        declarations.declare(idOf(record), LIST_KINDS[l], ordinal++, actor);
      }
    }
    // The core and ECCP rules both look up every member: once here for both.
    for (int i = 0; i < memberships.size(); i++) {
      declarations.members[i] = declarations.indexOf(memberships.get(i).actor());
    }
    return declarations;
  }

  private static Iri idOf(Object record) {
    if (record instanceof Actor actor) {
      return actor.id();
    } else if (record instanceof Service service) {
      return service.id();
    } else if (record instanceof Project project) {
      return project.id();
    } else if (record instanceof PracticeExample example) {
      return example.id();
    } else if (record instanceof Event event) {
      return event.id();
    }
    return ((Partnership) record).id();
  }

  private void declare(Iri id, int kind, int ordinal, @Nullable Actor actor) {
    int entry = indexOf(id);
    if (entry < 0) {
      entry = size++;
      ids[entry] = id;
      firsts[entry] = ordinal;
      if (map != null) {
        map.put(id.value(), entry);
      } else {
        table[free] = entry + 1;
      }
    } else {
      if (duplicates.isEmpty()) {
        duplicates = new ArrayList<>();
      }
      duplicates.add(new Duplicate(id, path(ordinal), path(firsts[entry])));
    }
    kinds[entry] |= kind;
    if (actor != null && actors[entry] == null) {
      actors[entry] = actor;
    }
  }

  /** The path of the identifier of the {@code ordinal}-th declaration. */
  private String path(int ordinal) {
    if (ordinal == 0) {
      return "organisation.id";
    }
    int index = ordinal - 1;
    int l = 0;
    while (index >= listSizes[l]) {
      index -= listSizes[l++];
    }
    return LISTS[l] + "[" + index + "].id";
  }

  /** The number of the entry that declares {@code id}, or -1 if none does. */
  int indexOf(Iri id) {
    if (map != null) {
      Integer entry = map.get(id.value());
      return entry == null ? -1 : entry;
    }
    int slot = hash(id.value()) & mask;
    for (int probe = 0; probe <= MAX_PROBE; probe++) {
      int entry = table[slot] - 1;
      if (entry < 0) {
        free = slot;
        return -1;
      }
      if (ids[entry].equals(id)) {
        return entry;
      }
      slot = (slot + 1) & mask;
    }
    map = new HashMap<>(size * 2);
    for (int entry = 0; entry < size; entry++) {
      map.put(ids[entry].value(), entry);
    }
    return indexOf(id);
  }

  /** Whether the index has moved to a hash map after a long probe. */
  boolean isMapped() {
    return map != null;
  }

  /**
   * A hash of every character of {@code text}, computed in four independent lanes. Identifiers that
   * were just read have no {@link String#hashCode()} cached yet, and its one chain of
   * multiplications over forty-odd characters was most of this table's time, which a JFR profile of
   * read + validate put at a quarter to a third of validation.
   */
  private static int hash(String text) {
    int length = text.length();
    int h0 = length;
    int h1 = 0;
    int h2 = 0;
    int h3 = 0;
    int i = 0;
    for (; i + 3 < length; i += 4) {
      h0 = 31 * h0 + text.charAt(i);
      h1 = 31 * h1 + text.charAt(i + 1);
      h2 = 31 * h2 + text.charAt(i + 2);
      h3 = 31 * h3 + text.charAt(i + 3);
    }
    for (; i < length; i++) {
      h0 = 31 * h0 + text.charAt(i);
    }
    int hash = h0 * 0x9E3779B1 + h1 * 0x85EBCA77 + h2 * 0xC2B2AE3D + h3 * 0x27D4EB2F;
    return hash ^ (hash >>> 15);
  }

  /** Whether a record of one of {@code kinds} (a bit set of the constants) declares {@code id}. */
  boolean declares(Iri id, int kinds) {
    int entry = indexOf(id);
    return entry >= 0 && isKind(entry, kinds);
  }

  /** Whether the entry {@code entry} is declared by a record of one of {@code kinds}. */
  boolean isKind(int entry, int kinds) {
    return (this.kinds[entry] & kinds) != 0;
  }

  /**
   * The entry of the actor of the {@code index}-th membership of the profile, or -1 if no record
   * declares it.
   */
  int memberEntry(int index) {
    return members[index];
  }

  /** The number of distinct identifiers declared: entries are numbered from 0 to this. */
  int size() {
    return size;
  }

  /** The first actor that declares the identifier of {@code entry}, or null. */
  Actor actor(int entry) {
    return actors[entry];
  }

  /** The second and later declarations of identifiers, in the order they were met. */
  public List<Duplicate> duplicates() {
    return duplicates;
  }
}
