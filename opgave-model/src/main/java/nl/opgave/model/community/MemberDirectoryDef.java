package nl.opgave.model.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opgave.model.DutchText;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** The directory of members and their organisations ("Leden"), searchable the way the portal's "Zoek" is. */
@Value.Immutable
abstract class MemberDirectoryDef {
  /** The organisations, in the order given. */
  public abstract List<Organisation> organisations();

  /** The members, in the order given. */
  public abstract List<Member> members();

  /** Returns the members in Dutch order of their names. */
  @Value.Lazy
  public List<Member> sorted() {
    return members().stream().sorted().collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the member with the id.
   *
   * @throws NullPointerException if id is null
   */
  public Optional<Member> member(String id) {
    return Optional.ofNullable(memberIndex().get(id));
  }

  /**
   * Returns the organisation with the id.
   *
   * @throws NullPointerException if id is null
   */
  public Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(organisationIndex().get(id));
  }

  /** Returns the members' organisation, if it has one. */
  public Optional<Organisation> organisationOf(Member member) {
    return member.organisationId().flatMap(this::organisation);
  }

  /**
   * Returns the members that match every word of the query in a name part, organisation or role, ignoring case
   * and accents, in Dutch order; a blank query returns everyone.
   *
   * @throws NullPointerException if query is null
   */
  public List<Member> search(String query) {
    List<String> words = Arrays.stream(DutchText.fold(query).split(" "))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.toList());
    List<Member> found = new ArrayList<>();
    for (Member member : sorted()) {
      String haystack = searchText().get(member.id());
      if (words.stream().allMatch(haystack::contains)) {
        found.add(member);
      }
    }
    return List.copyOf(found);
  }

  /** Returns the members holding the role, in Dutch order. */
  public List<Member> withRole(OpgaveRole role) {
    return sorted().stream().filter(m -> m.roles().contains(role)).collect(Collectors.toUnmodifiableList());
  }

  /** Returns the members of the organisation, in Dutch order. */
  public List<Member> ofOrganisation(String organisationId) {
    return sorted().stream()
        .filter(m -> m.organisationId().filter(organisationId::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /** Returns the members grouped under the letter of their achternaam, A to Z, each group in Dutch order. */
  public SortedMap<Character, List<Member>> index() {
    SortedMap<Character, List<Member>> index = new TreeMap<>();
    for (Member member : sorted()) {
      index.computeIfAbsent(member.name().indexLetter(), k -> new ArrayList<>()).add(member);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableSortedMap(index);
  }

  /**
   * Returns a directory with the member added, or replaced when one with its id exists.
   *
   * @throws nl.opgave.model.InvalidValueException if the member names an unknown organisation
   */
  public MemberDirectory with(Member member) {
    List<Member> next = new ArrayList<>(members());
    int at = indexOf(member.id());
    if (at >= 0) {
      next.set(at, member);
    } else {
      next.add(member);
    }
    return MemberDirectory.copyOf(this).withMembers(next);
  }

  private int indexOf(String id) {
    for (int i = 0; i < members().size(); i++) {
      if (members().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  // Caches of values derived from the attributes, kept off the public API that @Value.Lazy would create.
  @SuppressWarnings("immutables:incompat")
  private transient volatile Map<String, Member> memberIndex;
  @SuppressWarnings("immutables:incompat")
  private transient volatile Map<String, Organisation> organisationIndex;
  @SuppressWarnings("immutables:incompat")
  private transient volatile Map<String, String> searchText;

  Map<String, Member> memberIndex() {
    Map<String, Member> index = memberIndex;
    if (index == null) {
      Map<String, Member> built = new HashMap<>(members().size() * 4 / 3 + 1);
      for (Member member : members()) {
        built.putIfAbsent(member.id(), member);
      }
      index = Collections.unmodifiableMap(built);
      memberIndex = index;
    }
    return index;
  }

  Map<String, Organisation> organisationIndex() {
    Map<String, Organisation> index = organisationIndex;
    if (index == null) {
      index = Collections.unmodifiableMap(organisations().stream().collect(Collectors.toMap(Organisation::id,
          Function.identity(), (a, b) -> a, HashMap::new)));
      organisationIndex = index;
    }
    return index;
  }

  Map<String, String> searchText() {
    Map<String, String> cached = searchText;
    if (cached == null) {
      cached = buildSearchText();
      searchText = cached;
    }
    return cached;
  }

  private Map<String, String> buildSearchText() {
    Map<String, String> text = new LinkedHashMap<>();
    for (Member member : members()) {
      StringBuilder haystack = new StringBuilder();
      PersonName name = member.name();
      for (Optional<String> part : List.of(name.voornaam(), name.voorletters(), name.tussenvoegsel(),
          name.achternaam())) {
        part.ifPresent(p -> haystack.append(p).append(' '));
      }
      haystack.append(name.displayName()).append(' ').append(name.sortKey()).append(' ');
      organisationOf(member).ifPresent(o -> haystack.append(o.name()).append(' ').append(o.id()).append(' '));
      member.roles().forEach(r -> haystack.append(r.label()).append(' '));
      text.put(member.id(), ' ' + DutchText.fold(haystack.toString()) + ' ');
    }
    return Collections.unmodifiableMap(text);
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.uniqueIds("#FIELD_DIRECTORY_ORGANISATIONS", organisations(), Organisation::id);
    if (memberIndex().size() != members().size()) {
      rules.uniqueIds("#FIELD_DIRECTORY_MEMBERS", members(), Member::id);
    }
    List<ProblemMessage> problems = new ArrayList<>();
    Map<String, Organisation> organisations = organisationIndex();
    for (Member member : members()) {
      Optional<String> organisationId = member.organisationId();
      if (organisationId.isPresent() && !organisations.containsKey(organisationId.get())) {
        problems.add(ProblemMessage.of(ProblemCode.MEMBER_ORGANISATION_UNKNOWN, Checks.quote(member.id()),
            Checks.quote(organisationId.get())));
      }
    }
    rules.report(problems);
    rules.done();
  }
}
