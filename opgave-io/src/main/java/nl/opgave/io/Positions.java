package nl.opgave.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgave.io.OpgaveFormatException.Problem;

/** Places problems found after reading (by pointer) at the line and column where their value starts. */
final class Positions {
  private Positions() {}

  static List<Problem> locate(JsonFactory factory, byte[] json, List<Problem> problems) {
    Set<String> wanted = new HashSet<>();
    problems.forEach(p -> wanted.add(p.pointer()));
    Map<String, int[]> found = new HashMap<>();
    try (JsonParser parser = factory.createParser(json)) {
      boolean[] array = new boolean[64];
      int[] index = new int[64];
      String[] name = new String[64];
      int depth = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null && found.size() < wanted.size()) {
        if (token == JsonToken.FIELD_NAME) {
          name[depth - 1] = parser.currentName().replace("~", "~0").replace("/", "~1");
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
          continue;
        }
        if (depth > 0 && array[depth - 1]) {
          index[depth - 1]++;
        }
        StringBuilder pointer = new StringBuilder();
        for (int k = 0; k < depth; k++) {
          pointer.append('/').append(array[k] ? Integer.toString(index[k]) : name[k]);
        }
        String at = pointer.toString();
        if (wanted.contains(at)) {
          JsonLocation location = parser.currentTokenLocation();
          found.putIfAbsent(at, new int[] {JsonIn.line(location), JsonIn.column(location)});
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          if (depth == array.length) {
            array = java.util.Arrays.copyOf(array, depth * 2);
            index = java.util.Arrays.copyOf(index, depth * 2);
            name = java.util.Arrays.copyOf(name, depth * 2);
          }
          array[depth] = token == JsonToken.START_ARRAY;
          index[depth] = -1;
          depth++;
        }
      }
    } catch (IOException e) {
      // a document that does not parse keeps its problems where they are
    }
    List<Problem> placed = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      int[] position = found.get(problem.pointer());
      placed.add(position == null ? problem : problem.at(position[0], position[1]));
    }
    return placed;
  }
}
