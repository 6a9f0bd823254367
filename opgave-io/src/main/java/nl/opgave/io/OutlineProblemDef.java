package nl.opgave.io;

import java.util.List;
import java.util.Locale;
import nl.opgave.model.OpgaveStyle;
import org.immutables.value.Value;

/** One problem in an outline, at a line and column (both from 1; columns count characters). */
@Value.Immutable
@OpgaveStyle
abstract class OutlineProblemDef {
  /** The line, from 1. */
  @Value.Parameter
  public abstract int line();

  /** The column, from 1, counting characters (code points). */
  @Value.Parameter
  public abstract int column();

  /** The kind of problem. */
  @Value.Parameter
  public abstract OutlineError error();

  /** The details the message names, such as the number of spaces. */
  @Value.Parameter
  public abstract List<String> args();

  /** Returns what is wrong, in English. */
  public String message() {
    return error().message(args(), Locale.ENGLISH);
  }

  /** Returns what is wrong, in Dutch for a Dutch locale, else in English. */
  public String message(Locale locale) {
    return error().message(args(), locale);
  }

  /** Returns "line 3, column 5: message". */
  @Override
  public String toString() {
    return "line " + line() + ", column " + column() + ": " + message();
  }
}
