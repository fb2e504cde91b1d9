package eu.clusterdata.cli;

import eu.clusterdata.model.format.ProfileFormat;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that read files. */
final class FormatOption {

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "The input format, when the name does not tell it: json, jsonl, ttl, nt, nq, trig, rdf,"
              + " jsonld.")
  private @Nullable String format;

  /** The format named, or {@code null} to tell it from the name or the content. */
  @Nullable ProfileFormat format() {
    return format == null ? null : parse(format, "--format");
  }

  static ProfileFormat parse(String name, String option) {
    try {
      return ProfileFormat.forName(name).orElseThrow();
    } catch (java.util.NoSuchElementException e) {
      throw CliException.of("format.unknown", option, name, ProfileFormat.shortNames());
    }
  }
}
