package eu.clusterdata.model.format;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.InvalidProfileException;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.model.validation.internal.Declarations;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a format needs of a profile so that its reader reads the profile back equal: the second
 * layer of the {@link eu.clusterdata.model.validation.IntegrityPolicy}, which every writer of the
 * library checks before it writes a byte of a profile, whatever the policy's rules.
 *
 * <ul>
 *   <li>Every format: no text holds an unpaired surrogate, which no encoding carries ({@link
 *       Rule#FORMAT_CHARACTERS}).
 *   <li>RDF: no two records of a profile have one identifier, since they would be one node ({@link
 *       Rule#CORE_DUPLICATE_ID}); the JSON format and tables keep them apart.
 *   <li>RDF/XML and Excel workbooks, which are XML: no text holds a control character that XML
 *       forbids, such as U+0007 ({@link Rule#FORMAT_CHARACTERS}).
 *   <li>Excel workbooks: no text is longer than a cell holds, 32,767 characters ({@link
 *       Rule#FORMAT_TEXT_LENGTH}).
 *   <li>One CSV file, which is the clusters sheet alone: no records in any list, such as actors or
 *       services ({@link Rule#FORMAT_ONE_SHEET}).
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class FormatRequirements {

  /** The most characters a cell of an Excel workbook holds. */
  public static final int MAX_CELL_LENGTH = 32_767;

  private FormatRequirements() {}

  /** Returns what keeps {@code profile} from being written in {@code format}; empty if nothing. */
  public static List<Finding> check(ClusterProfile profile, ProfileFormat format) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(format, "format");
    List<Finding> findings = new ArrayList<>();
    if (format.isRdf()) {
      for (Declarations.Duplicate duplicate : Declarations.of(profile).duplicates()) {
        findings.add(
            Finding.of(
                Rule.CORE_DUPLICATE_ID, duplicate.path(), duplicate.id(), duplicate.firstPath()));
      }
    }
    if (format == ProfileFormat.CSV) {
      List<String> lists = new ArrayList<>();
      lists(profile, "", lists);
      if (!lists.isEmpty()) {
        findings.add(Finding.of(Rule.FORMAT_ONE_SHEET, "", String.join(", ", lists)));
      }
    }
    new Texts(format, findings).record(profile, "");
    return findings;
  }

  /**
   * Adds the lists of records (each a sheet of its own in the tabular layout) that {@code record}
   * has entries in, as {@code services (2)}: a single CSV file holds none of them ({@link
   * Rule#FORMAT_ONE_SHEET}).
   */
  private static void lists(Record record, String path, List<String> lists) {
    for (Component component : ModelDescription.of(record.getClass()).components()) {
      Object value = component.get(record);
      String at = path.isEmpty() ? component.name() : path + "." + component.name();
      Class<?> type = component.valueType();
      // records of fields, not values held in one cell (a NACE code with its revision, an IRI)
      boolean records =
          ModelDescription.describes(type)
              && type != NaceCode.class
              && !ModelDescription.of(type.asSubclass(Record.class)).isSingleString();
      if (value instanceof java.util.Collection<?> list && records && !list.isEmpty()) {
        lists.add(at + " (" + list.size() + ")");
      } else if (value instanceof Record nested && records) {
        lists(nested, at, lists);
      }
    }
  }

  /**
   * Returns {@code profile} if it can be written in {@code format}.
   *
   * @throws InvalidProfileException naming the profile and each field the format cannot carry
   */
  public static ClusterProfile require(ClusterProfile profile, ProfileFormat format) {
    List<Finding> findings = check(profile, format);
    if (!findings.isEmpty()) {
      throw new InvalidProfileException(profile.organisation().id(), findings);
    }
    return profile;
  }

  /** Checks every text of a profile, with its path, against what the format carries. */
  private static final class Texts {
    private final ProfileFormat format;
    private final boolean xml;
    private final int maxLength;
    private final List<Finding> findings;

    Texts(ProfileFormat format, List<Finding> findings) {
      this.format = format;
      this.xml = format == ProfileFormat.RDF_XML || format == ProfileFormat.XLSX;
      this.maxLength = format == ProfileFormat.XLSX ? MAX_CELL_LENGTH : Integer.MAX_VALUE;
      this.findings = findings;
    }

    void record(Record record, String path) {
      RecordType<?> type = ModelDescription.of(record.getClass());
      for (Component component : type.components()) {
        Object value = component.get(record);
        if (value != null) {
          value(value, path.isEmpty() ? component.name() : path + "." + component.name());
        }
      }
    }

    private void value(Object value, String path) {
      if (value instanceof String text) {
        text(text, path);
      } else if (value instanceof Iri iri) {
        text(iri.value(), path);
      } else if (value instanceof MultilingualText text) {
        text.values().forEach((tag, entry) -> text(entry, path + "." + tag));
      } else if (value instanceof Extensions extensions) {
        extensions.values().forEach((key, entry) -> extension(entry, path + "['" + key + "']"));
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          value(list.get(i), path + "[" + i + "]");
        }
      } else if (value instanceof Record record && ModelDescription.describes(record.getClass())) {
        record(record, path);
      }
    }

    private void extension(Object value, String path) {
      if (value instanceof String text) {
        text(text, path);
      } else if (value instanceof Map<?, ?> map) {
        map.forEach((key, entry) -> extension(entry, path + "['" + key + "']"));
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          extension(list.get(i), path + "[" + i + "]");
        }
      }
    }

    private void text(String text, String path) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean unpaired =
            Character.isHighSurrogate(c)
                ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : Character.isLowSurrogate(c)
                    && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
        if (unpaired || (xml && isForbiddenInXml(c))) {
          findings.add(
              Finding.of(
                  Rule.FORMAT_CHARACTERS,
                  path,
                  text,
                  String.format(Locale.ROOT, "%04X", (int) c),
                  i + 1,
                  format.title()));
          return;
        }
      }
      if (text.length() > maxLength) {
        findings.add(
            Finding.of(
                Rule.FORMAT_TEXT_LENGTH, path, text, text.length(), format.title(), maxLength));
      }
    }

    /** The characters XML 1.0 forbids: controls but tab, line feed and return; U+FFFE, U+FFFF. */
    private static boolean isForbiddenInXml(char c) {
      return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
    }
  }
}
