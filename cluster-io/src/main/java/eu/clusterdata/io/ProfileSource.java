package eu.clusterdata.io;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.ClusterJsonException;
import eu.clusterdata.json.CollectionFormat;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.json.ProfileRecord;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.validation.CollectionCheck;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Rule;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.rdf.RdfGraph;
import eu.clusterdata.rdf.RdfSyntax;
import eu.clusterdata.rdf.RdfSyntaxException;
import eu.clusterdata.tabular.ClusterTables;
import eu.clusterdata.tabular.TableException;
import eu.clusterdata.tabular.TableFormat;
import eu.clusterdata.tabular.TableRecord;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Profiles read record by record from any supported format, as a store's bulk load and the command
 * line read them: from profiles in memory, a JSON document or array, JSON Lines, or an RDF
 * document. JSON sources are streamed, so a source can be larger than memory; each bad JSON record
 * is its own {@link SourceRecord} and the records after it are still read. An RDF document is read
 * whole, graph by graph (see {@link #rdf}). Every source checks its records together ({@link
 * CollectionCheck}): a record that repeats an earlier one's organisation identifier, or uses an
 * identifier of an earlier record for other content, carries that as an error finding, so that
 * nothing is silently replaced or merged downstream.
 *
 * <p>Closing the source closes its input. Not thread-safe.
 */
public final class ProfileSource implements Iterator<SourceRecord>, Closeable {

  private final Iterator<SourceRecord> records;
  private final Closeable input;

  private final CollectionCheck collection = new CollectionCheck();

  private ProfileSource(Iterator<SourceRecord> records, Closeable input) {
    this.records = records;
    this.input = input;
  }

  /** A source of profiles already in memory. */
  public static ProfileSource of(Iterable<ClusterProfile> profiles) {
    Iterator<ClusterProfile> it = profiles.iterator();
    Iterator<SourceRecord> records =
        new Iterator<>() {
          private long index;

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public SourceRecord next() {
            return SourceRecord.of(index++, 0, it.next());
          }
        };
    return new ProfileSource(records, () -> {});
  }

  /** A source over the records of a JSON array or JSON Lines reader. */
  public static ProfileSource of(ProfileReader reader) {
    Iterator<SourceRecord> records =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return reader.hasNext();
          }

          @Override
          public SourceRecord next() {
            ProfileRecord record = reader.next();
            return record.isRead()
                ? SourceRecord.of(record.index(), record.line(), record.profile())
                : SourceRecord.bad(record.index(), record.line(), record.error());
          }
        };
    return new ProfileSource(records, reader);
  }

  /**
   * A source over JSON: one profile document, or an array of them; which one is seen from the first
   * character.
   */
  public static ProfileSource json(InputStream in, ClusterJson json) {
    BufferedInputStream buffered = new BufferedInputStream(in);
    if (firstSignificantByte(buffered) == '{') {
      SourceRecord record;
      try {
        record = SourceRecord.of(0, 1, json.readProfile(buffered));
      } catch (ClusterJsonException e) {
        record = SourceRecord.bad(0, 1, e);
      }
      return new ProfileSource(List.of(record).iterator(), buffered);
    }
    return of(json.reader(buffered, CollectionFormat.JSON_ARRAY));
  }

  /** A source over JSON Lines: one profile document per line. */
  public static ProfileSource jsonLines(InputStream in, ClusterJson json) {
    return of(json.reader(in, CollectionFormat.JSON_LINES));
  }

  /**
   * A source over an RDF document, read whole: the profiles of each graph in identifier order,
   * graph after graph ({@link ClusterRdf#readGraphs}). In TriG and N-Quads a named graph that does
   * not describe a profile as mapped, or holds triples but no profile, is one bad record and the
   * other graphs are still read; a syntax error is one bad record for the whole document (index
   * -1), since after it the parser cannot tell where the next graph starts. Triples a graph's
   * profiles did not take are a {@link Rule#RDF_UNMAPPED} warning on its first record.
   */
  public static ProfileSource rdf(InputStream in, RdfSyntax syntax, ClusterRdf rdf) {
    List<SourceRecord> records = new ArrayList<>();
    try (in) {
      long index = 0;
      for (RdfGraph graph : rdf.readGraphs(in, syntax)) {
        if (!graph.isRead()) {
          records.add(SourceRecord.bad(index++, 0, graph.error()));
          continue;
        }
        List<Finding> unmapped = unmapped(graph);
        for (ClusterProfile profile : graph.profiles()) {
          records.add(SourceRecord.of(index++, 0, profile).withFindings(unmapped));
          unmapped = List.of();
        }
      }
    } catch (RdfSyntaxException e) {
      records.add(SourceRecord.bad(-1, 0, e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ProfileSource(records.iterator(), () -> {});
  }

  /** How many triples of the graph no profile took, and the first three. */
  private static List<Finding> unmapped(RdfGraph graph) {
    if (graph.unmapped().isEmpty()) {
      return List.of();
    }
    String first =
        graph.unmapped().stream().limit(3).map(NodeFmtLib::str).collect(Collectors.joining("; "));
    return List.of(Finding.of(Rule.RDF_UNMAPPED, "", graph.unmapped().size(), first));
  }

  /**
   * A source over a stream in the given format, read with the default settings.
   *
   * @param in the input; closed when the source is closed
   * @param format the format of the content
   */
  public static ProfileSource open(InputStream in, ProfileFormat format) {
    return open(in, format, ClusterJson.create());
  }

  /**
   * A source over a stream in the given format, JSON and JSON Lines read with {@code json} (for its
   * limits and what it does with unknown fields), RDF with the default reader, which is not even
   * loaded for JSON.
   *
   * @param in the input; closed when the source is closed
   * @param format the format of the content
   * @param json the reader of JSON and JSON Lines
   */
  public static ProfileSource open(InputStream in, ProfileFormat format, ClusterJson json) {
    return switch (format) {
      case JSON -> json(in, json);
      case JSON_LINES -> jsonLines(in, json);
      case XLSX -> tables(in, TableFormat.XLSX);
      case CSV_ZIP -> tables(in, TableFormat.CSV_ZIP);
      default -> rdf(in, RdfSyntax.of(format), ClusterRdf.create());
    };
  }

  /**
   * A source over tables in cluster-tabular's layout, read whole: one record per row of the {@code
   * clusters} sheet, a profile with a wrong cell a bad record (its problems name sheet, row and
   * column); tables that do not have the layout's structure are one bad record (index -1).
   */
  public static ProfileSource tables(InputStream in, TableFormat format) {
    try (in) {
      return tables(() -> ClusterTables.create().read(in, format));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A source over a folder of CSV files in cluster-tabular's layout; see {@link #tables}. */
  public static ProfileSource folder(Path folder) {
    return tables(() -> ClusterTables.create().read(folder));
  }

  private static ProfileSource tables(Supplier<List<TableRecord>> read) {
    List<SourceRecord> records = new ArrayList<>();
    try {
      for (TableRecord record : read.get()) {
        records.add(
            record.isRead()
                ? SourceRecord.of(record.number() - 1, 0, record.profile())
                : SourceRecord.bad(record.number() - 1, 0, record.error()));
      }
    } catch (TableException e) {
      records.add(SourceRecord.bad(-1, 0, e));
    }
    return new ProfileSource(records.iterator(), () -> {});
  }

  /**
   * A source over a file, its format told by its name or, where the name does not tell, by its
   * content ({@link ProfileFormat#detect}); a folder is read as CSV files in cluster-tabular's
   * layout.
   *
   * @throws IllegalArgumentException if neither the name nor the content tells the format
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ProfileSource open(Path file) {
    if (Files.isDirectory(file)) {
      return folder(file);
    }
    BufferedInputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    }
    ProfileFormat format;
    try {
      format = ProfileFormat.detect(file.getFileName().toString(), in).orElse(null);
    } catch (IOException e) {
      closeQuietly(in);
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (format == null) {
      closeQuietly(in);
      throw new IllegalArgumentException(
          file
              + ": cannot tell the format from the name or the content; name the file with one"
              + " of the extensions "
              + ProfileFormat.shortNames());
    }
    return open(in, format);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the first error is the one to report
    }
  }

  private static int firstSignificantByte(BufferedInputStream in) {
    try {
      in.mark(4096);
      try {
        for (int i = 0; i < 4096; i++) {
          int b = in.read();
          if (b < 0 || !(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b >= 0x80)) {
            return b; // bytes >= 0x80 skipped: a UTF-8 byte-order mark
          }
        }
        return -1;
      } finally {
        in.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean hasNext() {
    return records.hasNext();
  }

  @Override
  public SourceRecord next() {
    if (!records.hasNext()) {
      throw new NoSuchElementException();
    }
    SourceRecord record = Objects.requireNonNull(records.next());
    if (record.profile() == null) {
      return record;
    }
    return record.withFindings(collection.check(record.profile(), record.number(), record.line()));
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
