package eu.clusterdata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The language of the command line itself: its help and its answers to a mistyped command. The help
 * texts are the commands' annotations in English, and {@code help_de.properties} in German
 * (picocli's resource bundle, keyed by the command's qualified name and the option's longest name);
 * the answers to a mistake are the command line's own {@link Words}, not picocli's English.
 *
 * <p>{@code --lang} may come before the command ({@code clusterdata --lang de validate --help}) or
 * after it; it is read from the arguments before picocli parses them, because the help of a command
 * must be in its language before the command is known.
 */
final class Usage {

  private static final List<String> LANG = List.of("-l", "--lang");

  private Usage() {}

  /**
   * The language {@code args} ask for: the last {@code --lang} (or {@code -l}) before {@code --},
   * English when there is none or it names a language the command line does not speak (the command
   * then says so).
   */
  static Locale language(String... args) {
    String tag = null;
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (LANG.contains(args[i]) && i + 1 < args.length) {
        tag = args[++i];
      } else if (args[i].startsWith("--lang=")) {
        tag = args[i].substring("--lang=".length());
      }
    }
    return "de".equalsIgnoreCase(tag) ? Locale.GERMAN : Locale.ENGLISH;
  }

  /**
   * Makes {@code line} (with its subcommands, which must all be added) speak {@code language}: the
   * help in it, {@code --lang} of every command defaulting to it, and mistakes answered in it.
   */
  static void speak(CommandLine line, Locale language, PrintWriter err) {
    if (language.getLanguage().equals("de")) {
      line.setResourceBundle(GermanHelp.BUNDLE);
    }
    String tag = language.getLanguage();
    line.setDefaultValueProvider(
        arg ->
            arg instanceof OptionSpec option && LANG.contains(option.shortestName()) ? tag : null);
    line.setParameterExceptionHandler(
        (e, args) -> {
          answer(e, Words.of(language), err);
          return Main.FAILED;
        });
  }

  /** Says what is wrong with the command, what may have been meant, and where the help is. */
  private static void answer(ParameterException e, Words words, PrintWriter err) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + mistake(e, words));
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      err.println(words.get("usage.did-you-mean", String.join(", ", unmatched.getSuggestions())));
    }
    String lang = words.locale().getLanguage().equals("en") ? "" : " --lang de";
    err.println(words.get("usage.see-help", name + lang + " --help"));
  }

  /** The mistake in words, from what picocli knows of it rather than its English message. */
  static String mistake(ParameterException e, Words words) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> arguments = unmatched.getUnmatched();
      String quoted = quote(arguments);
      if (!unmatched.isUnknownOption()) {
        return words.get("usage.unexpected", quoted);
      }
      return words.get(
          arguments.size() == 1 ? "usage.unknown-option" : "usage.unknown-options", quoted);
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      List<ArgSpec> specs = missing.getMissing();
      if (specs.size() == 1
          && specs.get(0) instanceof OptionSpec option
          && e.getMessage() != null
          && e.getMessage().contains("for option")) {
        return words.get(
            "usage.missing-value", quote(List.of(option.longestName())), option.paramLabel());
      }
      return words.get(
          "usage.missing",
          specs.stream()
              .map(Usage::label)
              .map(l -> quote(List.of(l)))
              .collect(Collectors.joining(", ")));
    }
    if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
      return words.get("usage.once", quote(List.of(label(overwritten.getOverwritten()))));
    }
    if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
      String message = String.valueOf(e.getMessage());
      int end = message.indexOf(" are mutually exclusive");
      String names = message.substring(message.startsWith("Error: ") ? 7 : 0, Math.max(end, 0));
      return words.get("usage.exclusive", names.replaceAll("=[^,]*", ""));
    }
    ArgSpec arg = e.getArgSpec();
    String value = e.getValue();
    if (arg != null && value != null) {
      return words.get("usage.invalid-value", quote(List.of(label(arg))), quote(List.of(value)));
    }
    return words.get("usage.invalid", String.valueOf(e.getMessage()));
  }

  /** An option by its longest name, a positional parameter by its label. */
  private static String label(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  private static String quote(List<String> arguments) {
    return arguments.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
  }

  /** The German help texts, read once when a command asks for German. */
  private static final class GermanHelp {
    static final ResourceBundle BUNDLE = load();

    private static ResourceBundle load() {
      try (@Nullable InputStream in = Usage.class.getResourceAsStream("help_de.properties")) {
        if (in == null) {
          throw new IllegalStateException("help_de.properties is missing from the jar");
        }
        return new PropertyResourceBundle(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
