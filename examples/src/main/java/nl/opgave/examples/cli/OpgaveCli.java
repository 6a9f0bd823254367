package nl.opgave.examples.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.model.InvalidValueException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/** The opgave command line: the seed's meeting as a demo, and the organisers' tools. */
@Command(
    name = "opgave",
    mixinStandardHelpOptions = true,
    versionProvider = OpgaveCli.Version.class,
    description = "Opgavegericht werken: de Opgavebeweging-demo en gereedschap voor organisatoren.")
public final class OpgaveCli implements Runnable {
  /** Exit code for a mistake in the user's input. */
  public static final int USER_ERROR = 2;
  /** Exit code for a bug in opgave. */
  public static final int BUG = 1;

  private static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, RotateCommand.class, TreeCommand.class,
      ValidateCommand.class, CalendarCommand.class, GlossaryCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  LangOption lang;

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()),
        1 << 16));
    System.exit(run(args, out, new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given output and error streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Lang lang = Lang.of(args);
    CommandLine cli = commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setDefaultValueProvider(arg -> arg.isOption() && "--lang".equals(((OptionSpec) arg).longestName())
        ? lang.name().toLowerCase(Locale.ROOT) : null);
    CliHelp.localise(cli, lang);
    String error = lang.pick("fout: ", "error: ");
    cli.setParameterExceptionHandler((e, a) -> {
      err.println(error + CliHelp.problem(e, lang));
      return USER_ERROR;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UserException) {
        e.getMessage().lines().forEach(line -> err.println(error + line.strip()));
        return USER_ERROR;
      }
      if (e instanceof InvalidValueException invalid) {
        invalid.details().forEach(problem -> err.println(error + oneLine(problem.message(lang.locale()))));
        return USER_ERROR;
      }
      if (e instanceof OpgaveFormatException) {
        err.println(e.getMessage());
        return USER_ERROR;
      }
      err.println(lang.pick("interne fout (graag melden): ", "internal error (please report): ")
          + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
      return BUG;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Builds the command line with every subcommand, or with only the one the arguments name right after any --lang:
   * picocli reads each command's annotations when it is added, which costs a start of one command a tenth of a second.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cli = new CommandLine(new OpgaveCli());
    String named = subcommand(args);
    List<Class<?>> chosen = COMMANDS.stream().filter(c -> names(c).contains(named)).toList();
    (chosen.size() == 1 && chosen.get(0) != CommandLine.HelpCommand.class ? chosen : COMMANDS)
        .forEach(cli::addSubcommand);
    return cli;
  }

  private static String subcommand(String[] args) {
    int i = 0;
    while (i < args.length && (args[i].startsWith("--lang=") || "--lang".equals(args[i]))) {
      i += "--lang".equals(args[i]) ? 2 : 1;
    }
    return i < args.length ? args[i] : "";
  }

  private static List<String> names(Class<?> command) {
    Command annotation = command.getAnnotation(Command.class);
    List<String> names = new ArrayList<>(List.of(annotation.aliases()));
    names.add(annotation.name());
    return names;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = OpgaveCli.class.getPackage().getImplementationVersion();
      return new String[] {"opgave " + (version == null ? "0.1.0-SNAPSHOT" : version)};
    }
  }
}
