package nl.opgave.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.opgave.model.cafe.Participant;

/**
 * Reads names in extracted page text as a person would: from left to right, always the longest name that fits, so
 * "Martijn van der Steen" is not read as "Martijn". Line breaks and spaces are ignored, so a wrapped name still reads.
 */
final class Reader {
  private final List<Map.Entry<String, String>> names;

  Reader(List<Participant> people) {
    names = people.stream().map(p -> Map.entry(squeeze(p.displayName()), p.id()))
        .sorted(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
        .collect(Collectors.toList());
  }

  static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** A name found in squeezed text, from start to end. */
  record Hit(String id, int start, int end) {}

  /** Returns the ids of the people named in the text, in reading order. */
  List<String> read(String text) {
    return hits(squeeze(text)).stream().map(Hit::id).collect(Collectors.toList());
  }

  /** Returns the names found in text without white space, in reading order. */
  List<Hit> hits(String squeezed) {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    outer:
    while (i < squeezed.length()) {
      for (Map.Entry<String, String> name : names) {
        if (squeezed.startsWith(name.getKey(), i)) {
          hits.add(new Hit(name.getValue(), i, i + name.getKey().length()));
          i += name.getKey().length();
          continue outer;
        }
      }
      i++;
    }
    return hits;
  }

  /** Returns how often each id occurs. */
  static Map<String, Long> count(List<String> ids) {
    return ids.stream().collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
  }
}
