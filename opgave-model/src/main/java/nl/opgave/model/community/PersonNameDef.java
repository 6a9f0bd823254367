package nl.opgave.model.community;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opgave.model.DutchText;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A Dutch person name with its parts kept apart: voornaam, voorletters, tussenvoegsel and achternaam. */
@Value.Immutable
abstract class PersonNameDef implements Comparable<PersonName> {
  private static final Comparator<String> ORDER = DutchText.order();

  /** The first name, "Jos". */
  public abstract Optional<String> voornaam();

  /** The initials, "J.M.". */
  public abstract Optional<String> voorletters();

  /** The surname prefix in lower case, "van der"; it is not part of the sort key's first letter. */
  public abstract Optional<String> tussenvoegsel();

  /** The surname without its prefix, "Ploeg"; double surnames stay whole: "Witlox-van den IJssel". */
  public abstract Optional<String> achternaam();

  /** Returns the name as written after a first name: "Jos van der Ploeg", "J. van der Ploeg", "Van der Ploeg". */
  @Value.Lazy
  public String displayName() {
    String given = voornaam().or(this::voorletters).orElse("");
    String surname = surname();
    if (given.isEmpty()) {
      return tussenvoegsel().isPresent() ? DutchText.capitalise(surname) : surname;
    }
    return surname.isEmpty() ? given : given + " " + surname;
  }

  /** Returns the key a Dutch register sorts on: "Ploeg, Jos van der", filed under the achternaam. */
  @Value.Lazy
  public String sortKey() {
    String given = Stream.of(voornaam().or(this::voorletters), tussenvoegsel())
        .flatMap(Optional::stream)
        .collect(Collectors.joining(" "));
    String last = achternaam().orElse("");
    if (last.isEmpty()) {
      return given;
    }
    return given.isEmpty() ? last : last + ", " + given;
  }

  /** Returns the letter under which a Dutch A-Z index files this name. */
  public char indexLetter() {
    return DutchText.indexLetter(filingName());
  }

  String filingName() {
    return achternaam().or(this::voornaam).or(this::voorletters).orElse("");
  }

  private String surname() {
    return Stream.of(tussenvoegsel(), achternaam()).flatMap(Optional::stream).collect(Collectors.joining(" "));
  }

  @Override
  public int compareTo(PersonName other) {
    int c = ORDER.compare(filingName(), other.filingName());
    if (c == 0) {
      c = ORDER.compare(achternaam().orElse(""), other.achternaam().orElse(""));
    }
    if (c == 0) {
      c = ORDER.compare(voornaam().or(this::voorletters).orElse(""),
          other.voornaam().or(other::voorletters).orElse(""));
    }
    if (c == 0) {
      c = ORDER.compare(tussenvoegsel().orElse(""), other.tussenvoegsel().orElse(""));
    }
    if (c == 0) {
      c = ORDER.compare(voornaam().orElse(""), other.voornaam().orElse(""));
    }
    if (c == 0) {
      c = ORDER.compare(voorletters().orElse(""), other.voorletters().orElse(""));
    }
    return c;
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    Optional<String> voornaam = voornaam();
    Optional<String> voorletters = voorletters();
    Optional<String> tussenvoegsel = tussenvoegsel();
    Optional<String> achternaam = achternaam();
    if (voornaam.isPresent()) {
      rules.text("voornaam", voornaam.get(), 200);
    }
    if (voorletters.isPresent()) {
      rules.text("voorletters", voorletters.get(), 50);
    }
    if (tussenvoegsel.isPresent()) {
      String v = tussenvoegsel.get();
      rules.text("tussenvoegsel", v, 50);
      if (!isLowerCase(v)) {
        rules.check(false, ProblemCode.TUSSENVOEGSEL_CASE, Checks.quote(v));
      }
    }
    if (achternaam.isPresent()) {
      rules.text("achternaam", achternaam.get(), 200);
    }
    if (voornaam.isEmpty() && voorletters.isEmpty() && achternaam.isEmpty()) {
      rules.check(false, ProblemCode.NAME_WITHOUT_PARTS);
    }
    if (tussenvoegsel.isPresent() && achternaam.isEmpty()) {
      rules.check(false, ProblemCode.TUSSENVOEGSEL_ALONE, Checks.quote(tussenvoegsel.get()));
    }
    rules.done();
  }

  private static boolean isLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return text.equals(text.toLowerCase(DutchText.DUTCH));
      }
      if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a name of first name, tussenvoegsel (empty for none) and achternaam.
   *
   * @throws nl.opgave.model.InvalidValueException if a part is blank or the tussenvoegsel is not lower case
   */
  public static PersonName of(String voornaam, String tussenvoegsel, String achternaam) {
    PersonName.Builder builder = PersonName.builder().voornaam(voornaam).achternaam(achternaam);
    if (tussenvoegsel != null && !tussenvoegsel.isEmpty()) {
      builder.tussenvoegsel(tussenvoegsel);
    }
    return builder.build();
  }
}
