package eu.clusterdata.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * The files the server was started with ({@code java -jar clusterdata-review.jar
 * examples/data/nrw-clusters.jsonl}), which the page offers to review with one click: by file name,
 * and only these; the page fetches one and reviews it as if it had been dropped.
 */
@Component
final class Examples {

  private final Map<String, Path> files = new LinkedHashMap<>();

  Examples(ApplicationArguments arguments) {
    for (String name : arguments.getNonOptionArgs()) {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(
            name + ": no such file; name files of profiles to offer as examples");
      }
      files.putIfAbsent(Upload.fileName(file.getFileName().toString()), file);
    }
  }

  /** The examples' names, in the order given. */
  List<String> names() {
    return List.copyOf(files.keySet());
  }

  /** The example of this name. */
  Optional<Path> file(String name) {
    return Optional.ofNullable(files.get(name));
  }
}
