package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.Actor;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Event;
import eu.clusterdata.model.Iri;
import eu.clusterdata.model.Partnership;
import eu.clusterdata.model.PracticeExample;
import eu.clusterdata.model.Project;
import eu.clusterdata.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * The identifiers a profile declares, each with the kinds of record that declare it and the first
 * actor that does: made once per validation for every rule that looks an identifier up. An
 * open-addressing table over three arrays, as a profile declares a few hundred identifiers and a
 * hash map would allocate a node for each of them in every validation.
 */
public final class Declarations {

  static final int ORGANISATION = 1;
  static final int PARTNERSHIP = 1 << 1;
  static final int ACTOR = 1 << 2;
  static final int SERVICE = 1 << 3;
  static final int PROJECT = 1 << 4;
  static final int PRACTICE_EXAMPLE = 1 << 5;
  static final int EVENT = 1 << 6;

  /** The lists of declaring records in the order they are read, and the kind each declares. */
  private static final String[] LISTS = {
    "organisation.partnerships", "actors", "services", "projects", "practiceExamples", "events"
  };

  private static final int[] LIST_KINDS = {
    PARTNERSHIP, ACTOR, SERVICE, PROJECT, PRACTICE_EXAMPLE, EVENT
  };

  private final Iri[] ids;
  private final int[] kinds;
  private final int[] firsts;
  private final Actor[] actors;
  private final int mask;
  private final int[] listSizes = new int[LISTS.length];
  private List<Duplicate> duplicates = List.of();

  /** A second declaration of an identifier: where it is and where the first one is. */
  record Duplicate(Iri id, String path, String firstPath) {}

  private Declarations(int count) {
    int capacity = Integer.highestOneBit(Math.max(count, 4) * 2 - 1) << 1; // at most half full
    ids = new Iri[capacity];
    kinds = new int[capacity];
    firsts = new int[capacity];
    actors = new Actor[capacity];
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
    Declarations declarations = new Declarations(count);
    declarations.declare(profile.organisation().id(), ORGANISATION, 0);
    int ordinal = 1;
    for (int l = 0; l < LISTS.length; l++) {
      List<?> list = lists.get(l);
      declarations.listSizes[l] = list.size();
      for (int i = 0; i < list.size(); i++) {
        Object record = list.get(i);
        int slot = declarations.declare(idOf(record), LIST_KINDS[l], ordinal++);
        if (record instanceof Actor actor && declarations.actors[slot] == null) {
          declarations.actors[slot] = actor;
        }
      }
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

  private int declare(Iri id, int kind, int ordinal) {
    int slot = slot(id);
    if (ids[slot] == null) {
      ids[slot] = id;
      firsts[slot] = ordinal;
    } else {
      if (duplicates.isEmpty()) {
        duplicates = new ArrayList<>();
      }
      duplicates.add(new Duplicate(id, path(ordinal), path(firsts[slot])));
    }
    kinds[slot] |= kind;
    return slot;
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

  /** The slot of {@code id}, or the free slot where it would go. */
  private int slot(Iri id) {
    int slot = hash(id.value()) & mask;
    while (ids[slot] != null && !ids[slot].equals(id)) {
      slot = (slot + 1) & mask;
    }
    return slot;
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
    return (this.kinds[slot(id)] & kinds) != 0;
  }

  /** The first actor that declares {@code id}, or null. */
  Actor actor(Iri id) {
    return actors[slot(id)];
  }

  /** The second and later declarations of identifiers, in the order they were met. */
  List<Duplicate> duplicates() {
    return duplicates;
  }
}
