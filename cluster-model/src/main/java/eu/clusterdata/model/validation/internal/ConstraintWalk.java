package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.DateRange;
import eu.clusterdata.model.MultilingualText;
import eu.clusterdata.model.NaceCode;
import eu.clusterdata.model.NaceRevision;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.Constraint;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.description.ValueKind;
import eu.clusterdata.model.internal.Syntax;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

/**
 * Checks every constraint of the {@link ModelDescription} in one walk over a profile: the
 * validator's built-in engine. Paths are built as the walk goes down and turned into text only for
 * a finding. Not thread-safe: one walk per validation.
 */
public final class ConstraintWalk {

  private final FindingSink sink;
  private final LocalDate today;
  private final StringBuilder path = new StringBuilder(64);

  private ConstraintWalk(FindingSink sink, LocalDate today) {
    this.sink = sink;
    this.today = today;
  }

  /** Checks {@code profile} against the constraints of the model, as of {@code today}. */
  public static void check(ClusterProfile profile, LocalDate today, FindingSink sink) {
    new ConstraintWalk(sink, today).record(profile, ModelDescription.root());
  }

  private void record(Object record, RecordType<?> type) {
    for (Component component : type.components()) {
      Object value = component.get(record);
      if (value == null) {
        continue;
      }
      int mark = path.length();
      if (mark > 0) {
        path.append('.');
      }
      path.append(component.name());
      if (component.isCollection()) {
        int index = 0;
        for (Object element : (Collection<?>) value) {
          int elementMark = path.length();
          path.append('[').append(index++).append(']');
          value(element, component);
          path.setLength(elementMark);
        }
      } else {
        value(value, component);
      }
      path.setLength(mark);
    }
  }

  private void value(Object value, Component component) {
    for (Constraint constraint : component.constraints()) {
      check(constraint, value);
    }
    ValueKind kind = component.valueKind();
    if (kind == ValueKind.RECORD) {
      RecordType<?> type = ModelDescription.of(component.valueType().asSubclass(Record.class));
      for (Constraint constraint : type.constraints()) {
        check(constraint, value);
      }
      record(value, type);
    } else if (kind == ValueKind.TEXT) {
      for (Constraint constraint : ModelDescription.constraintsOf(MultilingualText.class)) {
        check(constraint, value);
      }
    }
  }

  private void check(Constraint constraint, Object value) {
    if (constraint instanceof Constraint.AbsoluteIri) {
      if (!Syntax.isAbsoluteIri(string(value))) {
        report(constraint.messageKey(), value);
      }
    } else if (constraint instanceof Constraint.Pattern pattern) {
      if (!pattern.matches(string(value))) {
        report(pattern.messageKey(), value);
      }
    } else if (constraint instanceof Constraint.NaceShape shape) {
      NaceCode nace = (NaceCode) value;
      Constraint.Pattern revision =
          nace.revision() == NaceRevision.REV_2 ? shape.rev2() : shape.rev21();
      if (!revision.matches(nace.code())) {
        report(shape.messageKey(), value);
      }
    } else if (constraint instanceof Constraint.CodeList list) {
      if (!list.codes().contains(string(value))) {
        report(list.messageKey(), value);
      }
    } else if (constraint instanceof Constraint.OrderedPeriod) {
      if (!((DateRange) value).isOrdered()) {
        report(constraint.messageKey(), value);
      }
    } else if (constraint instanceof Constraint.LanguageTag) {
      if (!Syntax.isLanguageTag((String) value)) {
        report(constraint.messageKey(), value);
      }
    } else if (constraint instanceof Constraint.NotBlank) {
      if (((String) value).isBlank()) {
        report(constraint.messageKey(), value);
      }
    } else if (constraint instanceof Constraint.Email) {
      if (!Syntax.isEmail((String) value)) {
        report(constraint.messageKey(), value);
      }
    } else if (constraint instanceof Constraint.Range range) {
      BigDecimal number =
          value instanceof Integer whole ? BigDecimal.valueOf(whole) : (BigDecimal) value;
      if (range.min() != null && number.compareTo(range.min()) < 0) {
        report("core.range.min", value, range.min().toPlainString());
      }
      if (range.max() != null && number.compareTo(range.max()) > 0) {
        report("core.range.max", value, range.max().toPlainString());
      }
    } else if (constraint instanceof Constraint.PastOrPresent) {
      if (isFuture((Temporal) value)) {
        report(constraint.messageKey(), value);
      }
    } else if (constraint instanceof Constraint.TextEntries) {
      text((MultilingualText) value);
    }
  }

  /** The entries of a text: each bad one at the path of its language tag. */
  private void text(MultilingualText text) {
    if (text.values().isEmpty()) {
      report("core.text.empty", text);
      return;
    }
    for (Map.Entry<String, String> entry : text.values().entrySet()) {
      boolean wellFormed = Syntax.isLanguageTag(entry.getKey());
      if (wellFormed && !entry.getValue().isBlank()) {
        continue;
      }
      int mark = path.length();
      path.append('.').append(entry.getKey());
      if (!wellFormed) {
        report("core.text.language", entry.getKey());
      } else {
        report("core.text.blank", entry.getValue());
      }
      path.setLength(mark);
    }
  }

  private boolean isFuture(Temporal value) {
    if (value instanceof Year year) {
      return year.isAfter(Year.from(today));
    }
    return ((LocalDate) value).isAfter(today);
  }

  /** The text of a string, or of a record that is one string (an IRI, a code). */
  private static String string(Object value) {
    if (value instanceof String text) {
      return text;
    }
    RecordType<?> type = ModelDescription.of(((Record) value).getClass());
    return (String) type.components().get(0).get(value);
  }

  private void report(String key, Object value, Object... args) {
    sink.addWithKey(ConstraintFindings.ruleOf(key), key, path.toString(), value, args);
  }
}
