package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import nl.opgave.io.DocumentType;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.OutlineFormatException;
import nl.opgave.io.OutlineProblem;
import nl.opgave.model.doelenboom.Doelenboom;

/** Reads a doelenboom file for the tree commands; outline problems print as one line each. */
final class TreeInput {
  private TreeInput() {}

  /** Returns the tree, or null after printing every outline problem as "FILE:line:column: message". */
  static Doelenboom read(String file, Lang lang, PrintWriter err) {
    byte[] bytes = bytes(file, lang);
    if (isJson(file, bytes)) {
      try {
        return OpgaveJson.standard().read(DocumentType.DOELENBOOM, bytes, file);
      } catch (OpgaveFormatException e) {
        e.problems().forEach(err::println);
        err.flush();
        return null;
      }
    }
    try {
      return DoelenboomOutline.parse(bytes);
    } catch (OutlineFormatException e) {
      for (OutlineProblem problem : e.problems()) {
        err.println(file + ":" + problem.line() + ":" + problem.column() + ": " + problem.message(lang.locale()));
      }
      err.flush();
      return null;
    }
  }

  private static boolean isJson(String file, byte[] bytes) {
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

  private static byte[] bytes(String file, Lang lang) {
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
