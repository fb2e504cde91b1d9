package eu.clusterdata.tabular;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.tabular.internal.Mappings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the columns of a sheet someone else made become records of a profile: which column is which
 * field, how values translate, how rows find their cluster. Read from a small JSON file, described
 * by a JSON Schema ({@link #schema()}) and checked against the layout when read, and again when a
 * mapping made in code is used.
 *
 * <pre>{@code
 * {
 *   "mappingVersion": "1.0",
 *   "title": "ESCA labelled clusters",
 *   "into": "labels",
 *   "match": ["name", "country"],
 *   "columns": {"Name": "cluster.name", "Country": "cluster.country",
 *               "Label valid until": "validUntil"},
 *   "formats": {"validUntil": "dd.MM.yyyy"},
 *   "constants": {"scheme": "eucles", "level": "gold"},
 *   "identity": ["scheme", "level", "validUntil"]
 * }
 * }</pre>
 *
 * @param mappingVersion the version of this mapping format, {@code 1.0}
 * @param title what the sheet is, named as the source of the facts it adds
 * @param into the sheet of the layout whose records the rows become, such as {@code labels} or
 *     {@code memberCounts} (a list of the profile or of its organisation)
 * @param sheet the sheet of a workbook to read, or {@code null} for the first
 * @param match how a row finds its cluster: {@code ["id"]}, {@code ["name", "country"]} or {@code
 *     ["name"]}, by the fields {@code cluster.id}, {@code cluster.name}, {@code cluster.country}
 * @param columns each column's field: a column of the {@code into} sheet ({@code validUntil},
 *     {@code name@en}) or a cluster field; columns not named are ignored
 * @param values translations of cell values per field, such as {@code "Gold"} to {@code gold}
 * @param formats the pattern of a date field's cells ({@code dd.MM.yyyy}), as {@link
 *     java.time.format.DateTimeFormatter} reads them
 * @param constants fields every row gets, such as {@code "scheme": "eucles"}
 * @param identity the fields that tell whether a record is already in the profile: equal identity
 *     and other fields differing is an update; records with an {@code id} are told by it
 */
public record ColumnMapping(
    String mappingVersion,
    String title,
    String into,
    @Nullable String sheet,
    List<String> match,
    Map<String, String> columns,
    Map<String, Map<String, String>> values,
    Map<String, String> formats,
    Map<String, String> constants,
    List<String> identity) {

  /** The version of the mapping format this library reads. */
  public static final String VERSION = "1.0";

  /** Where the jar holds the JSON Schema of a mapping file. */
  public static final String SCHEMA_RESOURCE = "/eu/clusterdata/tabular/column-mapping.schema.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  public ColumnMapping {
    match = match == null ? List.of("name", "country") : List.copyOf(match);
    columns = columns == null ? Map.of() : Map.copyOf(columns);
    values = values == null ? Map.of() : Map.copyOf(values);
    formats = formats == null ? Map.of() : Map.copyOf(formats);
    constants = constants == null ? Map.of() : Map.copyOf(constants);
    identity = identity == null ? List.of() : List.copyOf(identity);
  }

  /**
   * Reads a mapping file and checks it against the layout: the {@code into} sheet exists, every
   * field is one of its columns or a cluster field, formats are valid patterns.
   *
   * @param name the file's name, for messages
   * @throws TableException with code {@code tabular.mapping} naming what is wrong
   */
  public static ColumnMapping read(InputStream in, String name) {
    ColumnMapping mapping;
    try {
      mapping = JSON.readValue(in, ColumnMapping.class);
    } catch (UnrecognizedPropertyException e) {
      throw invalid(name, Message.of("tabular.mapping.unknown-field", e.getPropertyName()));
    } catch (JsonProcessingException e) {
      throw invalid(name, Message.of("tabular.mapping.json", e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Mappings.require(Objects.requireNonNullElse(mapping, empty()), name);
  }

  /** The mappings shipped in the jar, by name: {@code esca-gold-labels}. */
  public static final List<String> BUILT_IN = List.of("esca-gold-labels");

  /**
   * Returns a mapping shipped in the jar: {@code esca-gold-labels} reads the EUCLES/ESCA list of
   * Gold-labelled clusters in its by-country layout ("Name | Country | www | Label valid until",
   * dates as {@code 31.01.2026}) into Gold labels of the EUCLES scheme; copy it and change the
   * level for the Silver and Bronze lists.
   *
   * @throws IllegalArgumentException if there is none of that name
   */
  public static ColumnMapping builtIn(String name) {
    if (!BUILT_IN.contains(name)) {
      throw new IllegalArgumentException(
          "no built-in mapping " + name + "; there are " + String.join(", ", BUILT_IN));
    }
    String resource = "/eu/clusterdata/tabular/mappings/" + name + ".mapping.json";
    try (InputStream in = ColumnMapping.class.getResourceAsStream(resource)) {
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the JSON Schema (draft 2020-12) of a mapping file, as shipped in the jar. */
  public static String schema() {
    try (InputStream in = ColumnMapping.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A document that is only null: every field absent, as Jackson gives absent fields (null), for
  // Mappings.require to report each required one.
  @SuppressWarnings("NullAway")
  private static ColumnMapping empty() {
    return new ColumnMapping(null, null, null, null, null, null, null, null, null, null);
  }

  private static TableException invalid(String name, Message message) {
    return new TableException(
        "tabular.mapping", List.of(new Problem("tabular.mapping", name, 0, 0, message)), null);
  }
}
