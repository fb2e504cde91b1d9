package eu.clusterdata.io.internal;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.FormatRequirements;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.tabular.ClusterTables;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes profiles in one format: as they come where the format allows (JSON, JSON Lines, Turtle,
 * N-Triples, TriG, N-Quads), held and written at the end where it does not (RDF/XML, JSON-LD,
 * tables). A profile the format cannot carry is refused by the format's writer before any of it is
 * written.
 */
public abstract class FormatWriter {

  /** Writes one profile, or refuses it with an InvalidProfileException having written nothing. */
  public abstract void write(ClusterProfile profile);

  /** Completes the document. */
  public abstract void finish() throws IOException;

  /**
   * Returns the writer of {@code format} to {@code out}.
   *
   * @param publicExport whether personal data of natural persons is left out
   * @param tables the writer of tables: titles, separator, which sheets
   * @param oneProfile whether the output is one profile: in JSON a document, not an array
   */
  public static FormatWriter of(
      ProfileFormat format,
      OutputStream out,
      boolean publicExport,
      ClusterTables tables,
      boolean oneProfile) {
    if (oneProfile && format == ProfileFormat.JSON) {
      ClusterJson json = ClusterJson.builder().publicExport(publicExport).build();
      return held(format, held -> json.writeProfile(held.get(0), out));
    }
    switch (format) {
      case JSON, JSON_LINES -> {
        ProfileWriter writer =
            ClusterJson.builder()
                .prettyPrint(format == ProfileFormat.JSON)
                .publicExport(publicExport)
                .build()
                .writer(out, format);
        return of(writer::write, writer::close);
      }
      case XLSX, CSV_ZIP, CSV -> {
        return held(format, held -> tables.write(held, out, format));
      }
      case RDF_XML -> {
        ClusterRdf rdf = ClusterRdf.builder().publicExport(publicExport).build();
        return held(format, held -> rdf.write(held, out, format));
      }
      default -> {
        ProfileWriter writer =
            ClusterRdf.builder().publicExport(publicExport).build().streamWriter(out, format);
        return of(writer::write, writer::close);
      }
    }
  }

  private interface Write {
    void write(ClusterProfile profile);
  }

  private interface Finish {
    void finish() throws IOException;
  }

  private interface WriteAll {
    void write(List<ClusterProfile> profiles) throws IOException;
  }

  private static FormatWriter of(Write write, Finish finish) {
    return new FormatWriter() {
      @Override
      public void write(ClusterProfile profile) {
        write.write(profile);
      }

      @Override
      public void finish() throws IOException {
        finish.finish();
      }
    };
  }

  /**
   * A format written whole: each profile is checked as it comes, and all are written at the end.
   */
  private static FormatWriter held(ProfileFormat format, WriteAll writeAll) {
    List<ClusterProfile> held = new ArrayList<>();
    return of(
        profile -> held.add(FormatRequirements.require(profile, format)),
        () -> writeAll.write(held));
  }
}
