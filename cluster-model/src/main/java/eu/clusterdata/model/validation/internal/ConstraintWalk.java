package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.description.Constraint;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NaceRevision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks every constraint of the {@link ModelDescription} in one walk over a profile: the
 * validator's built-in engine. {@link ModelWalk}, generated from the description, visits the values
 * and calls the checks here. The path is kept as a stack of the records and collections the walk is
 * in (component names and element indexes); a check is given its value's own component name, or
 * {@code null} for an element of the collection last entered, and the path becomes text only for a
 * finding. Not thread-safe: one walk per validation.
 */
public final class ConstraintWalk {

  private final FindingSink sink;
  private final LocalDate today;
  private final BiConsumer<String, String> textEntry = this::textEntry;
  private @Nullable String textAt; // the component of the text whose entries textEntry is checking
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  private ConstraintWalk(FindingSink sink, LocalDate today) {
    this.sink = sink;
    this.today = today;
  }

  /** Checks {@code profile} against the constraints of the model, as of {@code today}. */
  public static void check(ClusterProfile profile, LocalDate today, FindingSink sink) {
    ModelWalk.clusterProfile(new ConstraintWalk(sink, today), profile);
  }

  /** The {@code index}-th constraint declared on the component {@code name} of {@code owner}. */
  static Constraint declared(Class<? extends Record> owner, String name, int index) {
    return ModelDescription.of(owner).component(name).orElseThrow().constraints().get(index);
  }

  /** The {@code index}-th constraint on every value of {@code type}. */
  static Constraint ofType(Class<?> type, int index) {
    return ModelDescription.constraintsOf(type).get(index);
  }

  // ---- the path ----

  void enter(String component) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = component;
    indexes[depth] = -1;
    depth++;
  }

  /** Marks the element the walk is at in the collection it last entered. */
  void at(int index) {
    indexes[depth - 1] = index;
  }

  void leave() {
    depth--;
  }

  /**
   * The path of the component {@code at} of the current record, or of the current element when
   * {@code at} is null; then {@code entry} below it, if not null.
   */
  private String path(@Nullable String at, @Nullable String entry) {
    StringBuilder path = new StringBuilder(64);
    for (int i = 0; i < depth; i++) {
      step(path, names[i]);
      if (indexes[i] >= 0) {
        path.append('[').append(indexes[i]).append(']');
      }
    }
    step(path, at);
    step(path, entry);
    return path.toString();
  }

  private static void step(StringBuilder path, @Nullable String name) {
    if (name != null) {
      path.append(path.isEmpty() ? "" : ".").append(name);
    }
  }

  // ---- the checks, one per kind of constraint ----

  void iri(Constraint.AbsoluteIri constraint, @Nullable String at, String text, Object value) {
    if (!Syntax.isAbsoluteIri(text)) {
      report(at, constraint.messageKey(), value);
    }
  }

  void pattern(Constraint.Pattern constraint, @Nullable String at, String text, Object value) {
    if (!constraint.matches(text)) {
      report(at, constraint.messageKey(), value);
    }
  }

  void codeList(Constraint.CodeList constraint, @Nullable String at, String text, Object value) {
    if (!constraint.codes().contains(text)) {
      report(at, constraint.messageKey(), value);
    }
  }

  void nace(Constraint.NaceShape constraint, @Nullable String at, NaceCode value) {
    Constraint.Pattern shape =
        value.revision() == NaceRevision.REV_2 ? constraint.rev2() : constraint.rev21();
    if (!shape.matches(value.code())) {
      report(at, constraint.messageKey(), value);
    }
  }

  void period(Constraint.OrderedPeriod constraint, @Nullable String at, DateRange value) {
    if (!value.isOrdered()) {
      report(at, constraint.messageKey(), value);
    }
  }

  void languageTag(Constraint.LanguageTag constraint, @Nullable String at, String value) {
    if (!Syntax.isLanguageTag(value)) {
      report(at, constraint.messageKey(), value);
    }
  }

  void notBlank(Constraint.NotBlank constraint, @Nullable String at, String value) {
    if (value.isBlank()) {
      report(at, constraint.messageKey(), value);
    }
  }

  void email(Constraint.Email constraint, @Nullable String at, String value) {
    if (!Syntax.isEmail(value)) {
      report(at, constraint.messageKey(), value);
    }
  }

  void range(Constraint.Range constraint, @Nullable String at, Object value) {
    BigDecimal number =
        value instanceof Integer whole ? BigDecimal.valueOf(whole) : (BigDecimal) value;
    if (constraint.min() != null && number.compareTo(constraint.min()) < 0) {
      report(at, "core.range.min", value, constraint.min().toPlainString());
    }
    if (constraint.max() != null && number.compareTo(constraint.max()) > 0) {
      report(at, "core.range.max", value, constraint.max().toPlainString());
    }
  }

  void notFuture(Constraint.PastOrPresent constraint, @Nullable String at, Temporal value) {
    boolean future =
        value instanceof Year year
            ? year.isAfter(Year.from(today))
            : ((LocalDate) value).isAfter(today);
    if (future) {
      report(at, constraint.messageKey(), value);
    }
  }

  /** The entries of a text: each bad one at the path of its language tag. */
  void text(Constraint.TextEntries constraint, @Nullable String at, MultilingualText text) {
    if (text.values().isEmpty()) {
      report(at, "core.text.empty", text);
      return;
    }
    textAt = at;
    text.values().forEach(textEntry); // no entry objects, unlike the entry set of the sorted map
  }

  private void textEntry(String tag, String text) {
    if (!Syntax.isLanguageTag(tag)) {
      reportEntry(tag, "core.text.language", tag);
    } else if (text.isBlank()) {
      reportEntry(tag, "core.text.blank", text);
    }
  }

  private void report(
      @Nullable String at, String key, @Nullable Object value, @Nullable Object... args) {
    sink.addWithKey(ConstraintFindings.ruleOf(key), key, path(at, null), value, args);
  }

  /** Reports at the path of one entry of the text being checked: its language tag. */
  private void reportEntry(String tag, String key, Object value) {
    sink.addWithKey(ConstraintFindings.ruleOf(key), key, path(textAt, tag), value);
  }
}
