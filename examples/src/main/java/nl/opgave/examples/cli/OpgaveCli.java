package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.Callable;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemMessage;

/** The opgave command line: the seed's meeting as a demo, and the organisers' tools. */
public final class OpgaveCli {
  /** Exit code for a mistake in the user's input. */
  public static final int USER_ERROR = 2;
  /** Exit code for a bug in opgave. */
  public static final int BUG = 1;

  private OpgaveCli() {}

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    int rerun = ShortRun.rerun(args);
    if (rerun >= 0) {
      System.exit(rerun);
    }
    PrintWriter out = new CliOut(System.out, Charset.defaultCharset());
    System.exit(run(args, out, new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given output and error streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Lang lang = Lang.of(args);
    int code;
    try {
      code = execute(CliParser.parse(Commands.OPGAVE, args), lang, out, err);
    } catch (RuntimeException e) {
      code = refuse(e, lang, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  private static int execute(CliValues values, Lang lang, PrintWriter out, PrintWriter err) {
    CliValues asked = CliParser.asked(values);
    if (asked != null) {
      if (asked.flag(CliCommand.HELP)) {
        CliHelp.usage(asked, lang, out);
      } else {
        out.println(version());
      }
      return 0;
    }
    CliCommand command = values.command;
    if (command == Commands.HELP) {
      return help(values, lang, out);
    }
    if (command.subcommands.length > 0) {
      CliHelp.usage(values, lang, out);
      return 0;
    }
    try {
      return command(values, lang, out, err).call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Callable<Integer> command(CliValues values, Lang lang, PrintWriter out, PrintWriter err) {
    CliCommand command = values.command;
    if (command == Commands.ROTATE) {
      return new RotateCommand(values, lang, out, err);
    } else if (command == Commands.DEMO) {
      return new DemoCommand(values, lang, out);
    } else if (command == Commands.VALIDATE) {
      return new ValidateCommand(values, lang, out);
    } else if (command == Commands.CALENDAR) {
      return new CalendarCommand(values, lang, out);
    } else if (command == Commands.GLOSSARY) {
      return new GlossaryCommand(values, lang, out);
    } else if (command == Commands.TREE_VALIDATE) {
      return new TreeValidateCommand(values, lang, out, err);
    } else if (command == Commands.TREE_RENDER) {
      return new TreeRenderCommand(values, lang, out, err);
    } else if (command == Commands.TREE_DEMO) {
      return new TreeDemoCommand(values, lang, out);
    }
    throw new IllegalStateException(values.path());
  }

  /** "help [COMMAND]": the help of the command named, or of opgave itself. */
  private static int help(CliValues values, Lang lang, PrintWriter out) {
    CliValues parent = values.parent;
    if (values.positionals.isEmpty()) {
      CliHelp.usage(parent, lang, out);
      return 0;
    }
    String word = (String) values.positionals.get(0);
    CliCommand named = parent.command.subcommand(word);
    if (named == null) {
      throw new CliMistake(CliMistake.Kind.UNKNOWN_COMMAND, List.of(), List.of(word));
    }
    CliHelp.usage(new CliValues(named, parent), lang, out);
    return 0;
  }

  private static int refuse(RuntimeException e, Lang lang, PrintWriter err) {
    String error = lang.pick("fout: ", "error: ");
    if (e instanceof CliMistake) {
      err.print(error);
      err.println(CliHelp.problem((CliMistake) e, lang));
      return USER_ERROR;
    }
    if (e instanceof UserException) {
      for (String line : e.getMessage().split("\n")) {
        err.print(error);
        err.println(line.strip());
      }
      return USER_ERROR;
    }
    if (e instanceof InvalidValueException) {
      for (ProblemMessage problem : ((InvalidValueException) e).details()) {
        err.print(error);
        err.println(oneLine(problem.message(lang.locale())));
      }
      return USER_ERROR;
    }
    if (e instanceof OpgaveFormatException) {
      err.println(e.getMessage());
      return USER_ERROR;
    }
    err.println(CliHelp.join(lang.pick("interne fout (graag melden): ", "internal error (please report): "),
        e.getClass().getSimpleName(), ": ", oneLine(e.getMessage())));
    return BUG;
  }

  static String version() {
    String version = OpgaveCli.class.getPackage().getImplementationVersion();
    return "opgave ".concat(version == null ? "0.1.0-SNAPSHOT" : version);
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
  }
}
