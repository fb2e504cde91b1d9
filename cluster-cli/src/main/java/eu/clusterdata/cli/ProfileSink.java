package eu.clusterdata.cli;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.CollectionFormat;
import eu.clusterdata.json.ProfileWriter;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.rdf.RdfProfileWriter;
import eu.clusterdata.rdf.RdfSyntax;
import eu.clusterdata.tabular.ClusterTables;
import eu.clusterdata.tabular.TableFormat;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where profiles go in one of the formats: streamed where the format allows, held and written at
 * the end where it does not. Closing it finishes the document.
 */
interface ProfileSink extends Consumer<ClusterProfile>, AutoCloseable {

  @Override
  void close() throws IOException;

  /** Returns the sink that writes {@code target} to {@code out}; CSV files with commas. */
  static ProfileSink of(ProfileFormat target, OutputStream out, boolean publicExport) {
    return of(target, out, publicExport, ',');
  }

  /** Returns the sink that writes {@code target} to {@code out}, CSV cells separated so. */
  static ProfileSink of(
      ProfileFormat target, OutputStream out, boolean publicExport, char csvSeparator) {
    switch (target) {
      case JSON, JSON_LINES -> {
        ProfileWriter writer =
            ClusterJson.builder()
                .prettyPrint(target == ProfileFormat.JSON)
                .publicExport(publicExport)
                .build()
                .writer(
                    out,
                    target == ProfileFormat.JSON
                        ? CollectionFormat.JSON_ARRAY
                        : CollectionFormat.JSON_LINES);
        return of(writer::write, writer);
      }
      case XLSX, CSV_ZIP -> {
        // A workbook is written whole: the profiles are held and written at the end.
        List<ClusterProfile> held = new ArrayList<>();
        ClusterTables tables =
            ClusterTables.builder().publicExport(publicExport).csvSeparator(csvSeparator).build();
        return of(
            held::add,
            () -> {
              tables.write(
                  held, out, target == ProfileFormat.XLSX ? TableFormat.XLSX : TableFormat.CSV_ZIP);
              out.flush();
            });
      }
      case RDF_XML, JSON_LD -> {
        // These syntaxes cannot be streamed: the profiles are held and written at the end.
        List<ClusterProfile> held = new ArrayList<>();
        ClusterRdf rdf = ClusterRdf.builder().publicExport(publicExport).build();
        return of(
            held::add,
            () -> {
              rdf.write(held, out, RdfSyntax.of(target));
              out.flush();
            });
      }
      default -> {
        RdfProfileWriter writer =
            ClusterRdf.builder()
                .publicExport(publicExport)
                .build()
                .streamWriter(out, RdfSyntax.of(target));
        return of(writer::write, writer);
      }
    }
  }

  private static ProfileSink of(Consumer<ClusterProfile> write, Closeable finish) {
    return new ProfileSink() {
      @Override
      public void accept(ClusterProfile profile) {
        write.accept(profile);
      }

      @Override
      public void close() throws IOException {
        finish.close();
      }
    };
  }
}
