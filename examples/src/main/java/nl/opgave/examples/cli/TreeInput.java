package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.opgave.io.DocumentType;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.OutlineFormatException;
import nl.opgave.model.doelenboom.Doelenboom;

/** Reads a doelenboom file (JSON or outline) for the tree commands and validate; problems print one line each. */
final class TreeInput {
  private TreeInput() {}

  /** Returns the tree, or null after printing every problem of the reader. */
  static Doelenboom read(String file, Lang lang, PrintWriter err) {
    byte[] bytes = bytes(file, lang);
    boolean json = isJson(file, bytes);
    List<Problem> problems;
    try {
      return json ? OpgaveJson.standard().read(DocumentType.DOELENBOOM, bytes, file) : DoelenboomOutline.parse(bytes);
    } catch (OpgaveFormatException e) {
      problems = e.problems();
    } catch (OutlineFormatException e) {
      problems = Judge.problems(e, file);
    }
    problems.forEach(p -> err.println(Judge.line(p, lang.locale(), json)));
    err.flush();
    return null;
  }

  static boolean isJson(String file, byte[] bytes) {
    if (file.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return true;
    }
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b == '{' || b == '[';
      }
    }
    return false;
  }

  static byte[] bytes(String file, Lang lang) {
    try {
      return "-".equals(file) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException | InvalidPathException e) {
      throw new UserException(lang.pick("bestand niet gevonden: ", "file not found: ") + file);
    } catch (AccessDeniedException e) {
      throw new UserException(lang.pick("geen leesrechten voor bestand: ", "no permission to read file: ") + file);
    } catch (IOException e) {
      throw new UserException(lang.pick("kan bestand niet lezen: ", "cannot read file: ") + file + " ("
          + e.getClass().getSimpleName() + ")");
    }
  }
}
