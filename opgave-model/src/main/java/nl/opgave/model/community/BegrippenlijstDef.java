package nl.opgave.model.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.opgave.model.DutchText;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** The begrippenlijst: theory, practice and work forms, indexed A-Z the way the movement's portal shows it. */
@Value.Immutable
abstract class BegrippenlijstDef {
  private static final Comparator<GlossaryEntry> BY_LABEL =
      Comparator.comparing(GlossaryEntry::label, DutchText.order());

  /** The entries, in the order given. */
  public abstract List<GlossaryEntry> entries();

  /** Returns the entries in the portal's order: by label, ignoring case and accents. */
  @Value.Lazy
  public List<GlossaryEntry> sorted() {
    return entries().stream().sorted(BY_LABEL).collect(Collectors.toUnmodifiableList());
  }

  /** Returns the A-Z index: each letter that has entries, with its entries in the portal's order. */
  @Value.Lazy
  public SortedMap<Character, List<GlossaryEntry>> index() {
    SortedMap<Character, List<GlossaryEntry>> index = new TreeMap<>();
    for (GlossaryEntry entry : sorted()) {
      index.computeIfAbsent(entry.indexLetter(), k -> new ArrayList<>()).add(entry);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableSortedMap(index);
  }

  /** Returns the letters A to Z of the index bar; a letter without entries is still listed. */
  public static List<Character> letters() {
    List<Character> letters = new ArrayList<>();
    for (char c = 'A'; c <= 'Z'; c++) {
      letters.add(c);
    }
    return List.copyOf(letters);
  }

  /** Returns the entries of the categories, in the portal's order. */
  public List<GlossaryEntry> filter(GlossaryCategory... categories) {
    List<GlossaryCategory> wanted = Arrays.asList(categories);
    return sorted().stream().filter(e -> wanted.contains(e.category())).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the entries whose label contains every word of the query, ignoring case and accents.
   *
   * @throws NullPointerException if query is null
   */
  public List<GlossaryEntry> search(String query) {
    List<String> words = Arrays.stream(DutchText.fold(query).split(" ")).filter(w -> !w.isEmpty())
        .collect(Collectors.toList());
    return sorted().stream()
        .filter(e -> {
          String label = DutchText.fold(e.label());
          return words.stream().allMatch(label::contains);
        })
        .collect(Collectors.toUnmodifiableList());
  }

  /** Returns a begrippenlijst with the entry added at the end. */
  public Begrippenlijst with(GlossaryEntry entry) {
    return Begrippenlijst.builder().from(this).addEntries(entry).build();
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (GlossaryEntry entry : entries()) {
      if (!seen.add(entry.label())) {
        rules.check(false, ProblemCode.LABEL_TWICE, Checks.quote(entry.label()));
      }
    }
    rules.done();
  }
}
