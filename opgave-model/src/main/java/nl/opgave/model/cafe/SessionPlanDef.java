package nl.opgave.model.cafe;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.opgave.model.DutchText;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.community.Programme;
import nl.opgave.model.community.ProgrammeItem;
import nl.opgave.model.community.ProgrammeItemKind;
import nl.opgave.model.community.Timetable;
import nl.opgave.model.internal.Checks;
import nl.opgave.model.internal.Rules;
import org.immutables.value.Value;

/**
 * The plan of a World Café session: vraagstukken, sides, tables with their hosts, rounds with their purposes,
 * the spelregels and the harvest per side.
 */
@Value.Immutable
abstract class SessionPlanDef {
  /** The title, "World Café: vraagstukken vanuit Provincie Zuid-Holland". */
  public abstract String title();

  /** The day of the session. */
  public abstract LocalDate date();

  /** When the session starts. */
  public abstract LocalTime start();

  /** When the session must be over, if that is fixed. */
  public abstract Optional<LocalTime> plannedEnd();

  /** The vraagstukken, numbered 1 and up. */
  public abstract List<Vraagstuk> vraagstukken();

  /** The sides, if the café has any. */
  public abstract List<Side> sides();

  /** The tables. */
  public abstract List<Table> tables();

  /** The conversation rounds, numbered 1, 2, ... in order. */
  public abstract List<Round> rounds();

  /** The café etiquette, one rule per entry. */
  public abstract List<String> spelregels();

  /** How each side harvests its insights. */
  public abstract List<Harvest> harvests();

  /** The welcome and explanation before the first round, if planned. */
  public abstract Optional<Duration> introduction();

  /** The time to change tables between two rounds; zero when the rounds follow on directly. */
  @Value.Default
  public Duration changeover() {
    return Duration.ZERO;
  }

  /** The time the harvest takes, if planned. */
  public abstract Optional<Duration> harvestDuration();

  /** Returns the vraagstuk with the given number, if there is one. */
  public Optional<Vraagstuk> vraagstuk(int number) {
    return vraagstukken().stream().filter(v -> v.number() == number).findFirst();
  }

  /** Returns the side with the given number, if there is one. */
  public Optional<Side> side(int number) {
    return sides().stream().filter(s -> s.number() == number).findFirst();
  }

  /** Returns the table with the given number, if there is one. */
  public Optional<Table> table(int number) {
    return tables().stream().filter(t -> t.number() == number).findFirst();
  }

  /** Returns the session as a programme with Dutch titles: introduction, rounds with changeovers, harvest. */
  public Programme programme() {
    return programme(DutchText.DUTCH);
  }

  /**
   * Returns the session as a programme: introduction, rounds with changeovers between them, harvest; the titles
   * in English for an English locale, in Dutch otherwise (a round's purpose stays as given).
   *
   * @throws NullPointerException if locale is null
   */
  public Programme programme(Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    List<ProgrammeItem> items = new ArrayList<>();
    introduction().ifPresent(d -> items.add(ProgrammeItem.of(english ? "Welcome, explanation and café etiquette"
        : "Welkom, uitleg en spelregels", ProgrammeItemKind.OVERIG, d)));
    for (Round round : rounds()) {
      if (round.number() > 1 && !changeover().isZero()) {
        items.add(ProgrammeItem.of(english ? "Change tables" : "Wisselen van tafel", ProgrammeItemKind.OVERIG,
            changeover()));
      }
      items.add(ProgrammeItem.of((english ? "Round " : "Ronde ") + round.number() + ": " + round.purpose(),
          ProgrammeItemKind.GROEPSWERK, round.duration()));
    }
    harvestDuration().ifPresent(d -> items.add(ProgrammeItem.of(english ? "Sharing insights" : "Inzichten delen",
        ProgrammeItemKind.DELEN_VAN_INZICHTEN, d)));
    return Programme.of(items);
  }

  /**
   * Lays the session out from its start and reports any overrun against the planned end, with Dutch titles.
   *
   * @throws nl.opgave.model.InvalidValueException if the session would run past midnight
   */
  public Timetable timetable() {
    return timetable(DutchText.DUTCH);
  }

  /**
   * Lays the session out from its start and reports any overrun against the planned end, with the titles of
   * {@link #programme(Locale)}.
   *
   * @throws nl.opgave.model.InvalidValueException if the session would run past midnight
   * @throws NullPointerException if locale is null
   */
  public Timetable timetable(Locale locale) {
    return programme(locale).timetable(start(), plannedEnd());
  }

  @Value.Check
  void check() {
    Rules rules = new Rules();
    rules.text("#FIELD_SESSION_PLAN_TITLE", title(), 300);
    String plan = Checks.quote(title());
    rules.check(!changeover().isNegative() && changeover().compareTo(Duration.ofHours(1)) <= 0,
        ProblemCode.SESSION_CHANGEOVER, plan, changeover());
    introduction().ifPresent(d -> rules.check(!d.isNegative() && !d.isZero(), ProblemCode.SESSION_NOT_POSITIVE, plan,
        "#FIELD_INTRODUCTION", d));
    harvestDuration().ifPresent(d -> rules.check(!d.isNegative() && !d.isZero(), ProblemCode.SESSION_NOT_POSITIVE,
        plan, "#FIELD_HARVEST_DURATION", d));
    plannedEnd().ifPresent(end -> rules.check(end.isAfter(start()), ProblemCode.SESSION_END_BEFORE_START, plan, end,
        start()));
    List<ProblemMessage> problems = new ArrayList<>();
    Set<Integer> vraagstukNumbers = numbers(vraagstukken().stream().map(Vraagstuk::number).toList(), "#WORD_VRAAGSTUK",
        plan, problems);
    Set<Integer> sideNumbers = numbers(sides().stream().map(Side::number).toList(), "#WORD_SIDE", plan, problems);
    numbers(tables().stream().map(Table::number).toList(), "#WORD_TABLE", plan, problems);
    Set<String> hosts = new HashSet<>();
    for (Table table : tables()) {
      table.side().ifPresent(s -> {
        if (!sideNumbers.contains(s)) {
          problems.add(ProblemMessage.of(ProblemCode.SESSION_TABLE_SIDE, plan, table.number(), s));
        }
      });
      table.vraagstuk().ifPresent(v -> {
        if (!vraagstukNumbers.contains(v)) {
          problems.add(ProblemMessage.of(ProblemCode.SESSION_TABLE_VRAAGSTUK, plan, table.number(), v));
        }
      });
      table.host().ifPresent(h -> {
        if (!hosts.add(h)) {
          problems.add(ProblemMessage.of(ProblemCode.SESSION_HOST_TWICE, plan, Checks.quote(h)));
        }
      });
    }
    for (int i = 0; i < rounds().size(); i++) {
      if (rounds().get(i).number() != i + 1) {
        problems.add(ProblemMessage.of(ProblemCode.SESSION_ROUND_NUMBER, plan, i + 1, rounds().get(i).number()));
      }
    }
    Set<Integer> harvested = new HashSet<>();
    for (Harvest harvest : harvests()) {
      if (!sideNumbers.contains(harvest.side())) {
        problems.add(ProblemMessage.of(ProblemCode.SESSION_HARVEST_SIDE, plan, harvest.side()));
      }
      if (!harvested.add(harvest.side())) {
        problems.add(ProblemMessage.of(ProblemCode.SESSION_HARVEST_TWICE, plan, harvest.side()));
      }
    }
    String spelregel = Checks.term(ProblemCode.LABEL_SESSION_PLAN, plan, "#FIELD_SPELREGEL");
    spelregels().forEach(rule -> rules.text(spelregel, rule, 500));
    rules.report(problems);
    rules.done();
  }

  private static Set<Integer> numbers(List<Integer> numbers, String what, String plan,
      List<ProblemMessage> problems) {
    Set<Integer> seen = new HashSet<>();
    for (Integer number : numbers) {
      if (!seen.add(number)) {
        problems.add(ProblemMessage.of(ProblemCode.SESSION_NUMBER_TWICE, plan, what, number));
      }
    }
    return seen;
  }
}
