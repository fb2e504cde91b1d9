package eu.clusterdata.io.testing;

import eu.clusterdata.model.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The broken inputs every door of the library must answer alike (issue 33), with the verdict each
 * must give: the data files and {@code doors.tsv} under {@code /doors} in this test-jar. The doors'
 * modules run them all: cluster-io (ProfileSource, ProfileSink), cluster-store, cluster-cli and
 * cluster-spring-boot.
 */
public final class BrokenInputs {

  /** What every door must say of an input. */
  public enum Verdict {
    /** The profile is read, and the core rules refuse it: exit 1, HTTP 422. */
    REFUSED,
    /** A record cannot be read: exit 1, HTTP 400. */
    UNREADABLE,
    /** The input as a whole cannot be read: exit 2, HTTP 400. */
    INPUT,
    /** The input holds no profile: exit 1, HTTP 400. */
    EMPTY;

    /** The exit status of a command that reads such an input. */
    public int exitStatus() {
      return this == INPUT ? 2 : 1;
    }

    /** The HTTP status of a request whose body is such an input. */
    public int httpStatus() {
      return this == REFUSED ? 422 : 400;
    }
  }

  /**
   * One broken input.
   *
   * @param file the file's name, whose extension declares its format
   * @param verdict what every door must say of it
   * @param code the code of the first problem or finding that says why
   */
  public record Case(String file, Verdict verdict, String code) {

    /** Returns the file's bytes. */
    public byte[] bytes() {
      try (InputStream in = BrokenInputs.class.getResourceAsStream("/doors/" + file)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Copies the file into {@code directory} under its name and returns where it is. */
    public Path copyTo(Path directory) {
      try {
        return Files.write(directory.resolve(file), bytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return file;
    }
  }

  private BrokenInputs() {}

  /** Returns every case, in the manifest's order. */
  public static List<Case> all() {
    return Corpus.of(BrokenInputs.class, "/doors/doors.tsv").rows().stream()
        .map(
            cells ->
                new Case(
                    cells[0],
                    Verdict.valueOf(cells[1].toUpperCase(java.util.Locale.ROOT)),
                    cells[2]))
        .toList();
  }

  /** Returns the cases of {@code verdicts}. */
  public static List<Case> of(Verdict... verdicts) {
    List<Verdict> wanted = List.of(verdicts);
    return all().stream().filter(c -> wanted.contains(c.verdict())).toList();
  }
}
