package eu.clusterdata.cli;

import eu.clusterdata.io.AtomicFile;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the published schemas into a directory: the JSON Schema of a profile, the JSON-LD"
          + " context, the ontology of the cd: terms, the SHACL shapes, and the catalogues and the official"
          + " code lists (NUTS, NACE) as SKOS.",
      "Existing files are replaced only with --force."
    },
    footer = {
      "",
      "Example:",
      "  clusterdata schema target/schemas",
      "",
      "Exit status: 0 written, 2 not written."
    })
final class SchemaCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(paramLabel = "DIR", description = "The directory to write into, created if missing.")
  private Path directory;

  @Option(names = "--force", description = "Replace files that exist.")
  private boolean force;

  @Mixin private LanguageOption language;

  @Override
  public Integer call() throws IOException {
    Words words = Words.of(language.locale());
    Map<String, String> files = new LinkedHashMap<>();
    files.put("profile-" + ClusterJson.FORMAT_VERSION + ".schema.json", ClusterJson.schema());
    files.put("context.jsonld", ClusterRdf.context());
    files.put("ontology.ttl", ClusterRdf.ontology());
    files.put("shapes.ttl", ClusterRdf.shapes());
    files.put("catalogues.ttl", ClusterRdf.catalogues());
    files.put("code-lists.ttl", ClusterRdf.codeLists());
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = directory.resolve(file.getKey());
      try (AtomicFile out = AtomicFile.open(target, force)) {
        out.stream().write(file.getValue().getBytes(StandardCharsets.UTF_8));
        out.commit();
      } catch (FileAlreadyExistsException e) {
        throw CliException.of("output.exists", target);
      }
      main.out.println(words.get("schema.wrote", target));
    }
    return 0;
  }
}
