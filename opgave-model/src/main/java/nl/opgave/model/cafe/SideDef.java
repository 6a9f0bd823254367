package nl.opgave.model.cafe;

import java.util.Locale;
import java.util.Optional;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/** A side of a café, such as the white or the blue tables; each side can run as a café of its own. */
@Value.Immutable
abstract class SideDef {
  /** The number, 1 and up. */
  @Value.Parameter
  public abstract int number();

  /** The Dutch name, "wit" or "blauw". */
  @Value.Parameter
  public abstract String name();

  /** The English name, "white" or "blue", if different from the Dutch one. */
  public abstract Optional<String> englishName();

  /** Returns the name in the given language: English for {@code en}, Dutch otherwise. */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishName().orElse(name()) : name();
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.positive("#FIELD_SIDE_NUMBER", number());
    rules.text(Checks.term(ProblemCode.LABEL_SIDE, number(), "#FIELD_NAME"), name(), 100);
    englishName().ifPresent(n -> rules.text(Checks.term(ProblemCode.LABEL_SIDE, number(), "#FIELD_ENGLISH_NAME"), n, 100));
    rules.done();
  }

  /**
   * Returns a side with a Dutch and an English name.
   *
   * @throws nl.opgave.model.InvalidValueException if the number is not positive or a name is blank
   */
  public static Side of(int number, String name, String englishName) {
    return Side.builder().number(number).name(name).englishName(englishName).build();
  }
}
