package nl.opgave.pdf;

import java.util.ArrayList;
import java.util.List;

final class Lines {
  static final float ASCENT = 0.94f;
  static final float LEADING = 1.2f;

  private Lines() {}

  static List<String> wrap(Fonts.Face face, float size, String text, float width) {
    String stripped = text.strip();
    List<String> words = stripped.contains("  ") ? words(stripped) : null;
    String whole = words == null ? stripped : String.join(" ", words);
    if (face.width(whole, size) <= width) {
      return List.of(whole);
    }
    if (words == null) {
      words = words(stripped);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && face.width(line + " " + word, size) <= width) {
        line.append(' ').append(word);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (!rest.isEmpty() && face.width(rest, size) > width) {
        int cut = cut(face, size, rest, width);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Splits a stripped text at runs of spaces, as {@code split(" +")} does. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        if (i > start || words.isEmpty() && i == text.length()) {
          words.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words;
  }

  static List<String> wrapItems(Fonts.Face face, float size, List<String> items, String separator, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i < items.size() - 1 ? separator.stripTrailing() : "");
      String candidate = line.length() == 0 ? item : line + " " + item;
      if (face.width(candidate, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      List<String> parts = wrap(face, size, item, width);
      lines.addAll(parts.subList(0, parts.size() - 1));
      line.append(parts.get(parts.size() - 1));
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String shorten(Fonts.Face face, float size, String text, float width) {
    if (face.width(text, size) <= width) {
      return text;
    }
    String end = "…";
    int cut = text.length();
    while (cut > 0 && face.width(text.substring(0, cut).stripTrailing() + end, size) > width) {
      cut = text.offsetByCodePoints(cut, -1);
    }
    return cut == 0 ? "" : text.substring(0, cut).stripTrailing() + end;
  }

  private static int cut(Fonts.Face face, float size, String word, float width) {
    int fit = word.offsetByCodePoints(0, 1);
    int hyphen = -1;
    for (int i = fit; i < word.length(); ) {
      int next = word.offsetByCodePoints(i, 1);
      if (face.width(word.substring(0, next), size) > width) {
        break;
      }
      fit = next;
      if (word.charAt(next - 1) == '-') {
        hyphen = next;
      }
      i = next;
    }
    return hyphen > 0 && hyphen < word.length() ? hyphen : fit;
  }
}
