package eu.clusterdata.cli;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.ClusterJsonModule;
import eu.clusterdata.model.value.NutsVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code clusterdata} command: validate, convert, load and query cluster profiles, and print
 * the reference catalogues and schemas.
 *
 * <p>Exit status: 0 when everything conforms (or the command did its work), 1 when profiles have
 * errors or records were skipped, 2 when an input could not be read or the command was wrong.
 */
@Command(
    name = "clusterdata",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Validates, converts, loads and queries cluster profiles.",
    footer = {
      "",
      "Examples:",
      "  clusterdata validate --rules eccp examples/data/nrw-clusters.jsonl",
      "  clusterdata convert examples/data/nrw-clusters.jsonl nrw.ttl",
      "  clusterdata help validate",
      "",
      "Exit status: 0 conforms or done, 1 errors found or records skipped, 2 input unreadable or"
          + " command wrong."
    })
public final class Main implements Runnable {

  /** Errors found in the data, or records skipped. */
  static final int ERRORS = 1;

  /** The input could not be read or the command was wrong. */
  static final int FAILED = 2;

  /** The commands that work on data, in the order the help lists them. */
  private static final List<Class<?>> DATA_COMMANDS =
      List.of(
          ValidateCommand.class,
          ConvertCommand.class,
          LoadCommand.class,
          ImportCommand.class,
          QueryCommand.class,
          SummaryCommand.class,
          DiffCommand.class,
          DescribeCommand.class,
          CatalogueCommand.class,
          SchemaCommand.class,
          ServeCommand.class);

  /** The commands about the command line itself: help, and bash and zsh completion. */
  private static final List<Class<?>> TOOL_COMMANDS =
      List.of(CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class);

  /** {@code clusterdata --lang de ...}: the language of every command's help and messages. */
  @Mixin(name = "language")
  private LanguageOption language;

  @Spec private CommandSpec spec;

  final InputStream in;
  final PrintStream out;
  final PrintStream err;

  /** The environment variables, such as the store credentials. */
  final Map<String, String> environment;

  /**
   * The inputs given by name in place of files (see {@link #run(List, Map, OutputStream,
   * OutputStream)}), or null.
   */
  final @Nullable Map<String, Input> named;

  Main(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {
    this(in, out, err, environment, null);
  }

  private Main(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> environment,
      @Nullable Map<String, Input> named) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.environment = Map.copyOf(environment);
    this.named = named == null ? null : Map.copyOf(named);
    this.language = new LanguageOption();
  }

  /** An input given by name to {@link #run(List, Map, OutputStream, OutputStream)}. */
  @FunctionalInterface
  public interface Input {
    /** Opens the input anew, from its start; the caller closes the stream. */
    InputStream open() throws IOException;
  }

  /**
   * Runs one command in this process on inputs given by name in place of files, as the review web
   * application does with uploads: {@code run(List.of("validate", "--output", "json",
   * "export.jsonl"), Map.of("export.jsonl", upload::getInputStream), out, err)}. The command reads
   * only these inputs (a name that is not among them is refused, never looked up as a file; the
   * name tells the format as a file name would, checked against the content), no standard input and
   * no environment variables; it writes to {@code out} and {@code err} what it would print. The
   * caller chooses the arguments: an output file they name is written.
   *
   * @return the exit status the command would end with: 0 conforms or done, 1 errors found or
   *     records skipped, 2 an input could not be read or the command was wrong
   */
  public static int run(
      List<String> args, Map<String, Input> inputs, OutputStream out, OutputStream err) {
    PrintStream outStream = new PrintStream(out, false, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    Main main = new Main(InputStream.nullInputStream(), outStream, errStream, Map.of(), inputs);
    try {
      return run(main, args.toArray(String[]::new));
    } finally {
      outStream.flush();
      errStream.flush();
    }
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /** Runs the command line and returns the exit status; used by {@link #main} and tests. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, System.getenv());
  }

  /** Runs the command line with these environment variables; for tests. */
  static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> environment) {
    return run(new Main(in, out, err, environment), args);
  }

  private static int run(Main main, String[] args) {
    PrintStream out = main.out;
    PrintStream err = main.err;
    CommandLine line = commandLine(main, args);
    PrintWriter errWriter = new PrintWriter(err, true);
    line.setOut(new PrintWriter(out, true));
    line.setErr(errWriter);
    line.setExitCodeExceptionMapper(e -> FAILED);
    Usage.speak(line, Usage.language(args), errWriter);
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          String command = commandLine.getCommandName();
          Words words = wordsOf(commandLine);
          if (e instanceof CliException cli) {
            err.println("clusterdata " + command + ": " + cli.message(words));
            return cli.status();
          } else {
            err.println(
                "clusterdata "
                    + command
                    + ": "
                    + words.get(
                        "unexpected", e.getClass().getSimpleName(), e.getMessage(), where(e)));
          }
          return FAILED;
        });
    return line.execute(args);
  }

  /**
   * The command line of {@code main} for {@code args}. When they begin with the name of a data
   * command, only that command is registered: picocli builds the model of every command it is
   * given, reflecting on its options, which cost a short run about a tenth of its start ({@code
   * validate} of the NRW file: 0.78 s with all, 0.67 s with one). Anything else (help, completion,
   * an option, a name that is no command, nothing) gets all of them, for the help and picocli's
   * suggestions.
   */
  static CommandLine commandLine(Main main, String... args) {
    CommandLine line = new CommandLine(main);
    Class<?> named = args.length == 0 ? null : dataCommandNamed(args[0]);
    for (Class<?> command : DATA_COMMANDS) {
      if (named == null || command == named) {
        line.addSubcommand(command);
      }
    }
    if (named == null) {
      TOOL_COMMANDS.forEach(line::addSubcommand);
    }
    return line;
  }

  /** The data command {@code name} calls (by name or alias), or null. */
  private static @Nullable Class<?> dataCommandNamed(String name) {
    for (Class<?> command : DATA_COMMANDS) {
      Command annotation = command.getAnnotation(Command.class);
      if (annotation.name().equals(name) || Arrays.asList(annotation.aliases()).contains(name)) {
        return command;
      }
    }
    return null;
  }

  /** The words of the command's {@code --lang}; English when it has none or an unknown one. */
  private static Words wordsOf(CommandLine commandLine) {
    CommandLine.Model.CommandSpec language = commandLine.getCommandSpec().mixins().get("language");
    if (language != null && language.userObject() instanceof LanguageOption option) {
      try {
        return Words.of(option.locale());
      } catch (CliException unknownLanguage) {
        // the error itself says so, in English
      }
    }
    return Words.of(java.util.Locale.ENGLISH);
  }

  /** The first place in this project's code where an unexpected exception passed. */
  private static String where(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("eu.clusterdata.")) {
        return " at " + frame;
      }
    }
    return "";
  }

  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  /**
   * The library's version (the one its JSON module reports), and what it reads and checks, in the
   * language of {@code --lang}.
   */
  static final class Version implements CommandLine.IVersionProvider {

    @Spec private CommandSpec spec;

    @Override
    public String[] getVersion() {
      CommandLine.Model.OptionSpec lang = spec.root().findOption("--lang");
      String tag = lang == null ? null : lang.getValue();
      Words words = Words.of(Usage.language("--lang", tag == null ? "en" : tag));
      return new String[] {
        "clusterdata " + new ClusterJsonModule().version().toString(),
        words.get(
            "version.format",
            ClusterJson.FORMAT_VERSION,
            String.join(", ", ClusterJson.SUPPORTED_VERSIONS.stream().sorted().toList())),
        words.get("version.lists", NutsVersion.DEFAULT.label()),
        "Java " + Runtime.version()
      };
    }
  }
}
