package nl.opgave.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English words that must not appear in Dutch output, as whole words in any case; shared by the model's tests. */
final class EnglishWords {
  static final List<String> WORDS = List.of("the", "and", "must", "should", "cannot", "not", "but", "which", "who",
      "does", "has", "have", "table", "tables", "round", "rounds", "host", "hosts", "participant", "participants",
      "side", "sides", "seat", "seats", "seating", "seatings", "pinned", "between", "event", "request",
      "duration", "end", "positive", "negative", "twice", "empty", "number", "occurs", "harvest", "changeover",
      "introduction", "target", "quantity", "greater", "than", "zero", "cost", "feasibility", "never",
      "move", "pair", "apart", "together", "needs", "attends", "sits", "exist", "lie", "after", "before", "day",
      "names", "field", "required", "found", "expected", "missing", "unknown", "invalid", "file", "value",
      "poll", "vote", "votes", "member", "members", "organisation", "message", "author", "directory", "step",
      "steps", "order", "follows", "serves", "node", "alternative", "level", "depth", "planned", "start",
      "programme", "midnight", "runs", "run", "title", "option", "options", "category", "name", "text",
      "source", "description", "note", "capacity", "instruction", "key", "with", "for", "by", "from",
      "projects", "horizons", "circles", "repeats", "lower", "bound", "achieved", "question", "listed", "each");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private EnglishWords() {}

  /** Returns the English words of the list that the text holds, in order. */
  static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (WORDS.contains(word)) {
        found.add(word);
      }
    }
    return found;
  }
}
