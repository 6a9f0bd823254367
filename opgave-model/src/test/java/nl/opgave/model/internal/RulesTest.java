package nl.opgave.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import org.junit.jupiter.api.Test;

class RulesTest {
  @Test
  void done_throwsEveryBrokenRuleInTheOrderChecked() {
    Rules rules = new Rules();
    rules.id("a.id", "has space");
    rules.text("a.name", "ok", 10);
    rules.text("a.title", " ", 10);
    rules.positive("a.number", 0);
    rules.nonNegative("a.count", -1);
    rules.check(false, ProblemCode.PAIR_SAME, "'a'");
    rules.uniqueIds("a.items", List.of("x", "y", "x"), s -> s);
    rules.report(List.of(ProblemMessage.of(ProblemCode.LABEL_TWICE, "'b'")));
    rules.report((ProblemMessage) null);

    assertThatThrownBy(rules::done).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.problems()).containsExactly(
            "a.id must be " + Checks.ID_RULE + ", but was 'has space'",
            "a.title must not be blank, but was ' '",
            "a.number must be positive, but was 0",
            "a.count must not be negative, but was -1",
            "pair must name two different participants, but names 'a' twice",
            "a.items contains the id 'x' twice",
            "begrippenlijst contains 'b' twice"));
  }

  @Test
  void done_passesWhenNoRuleIsBroken() {
    Rules rules = new Rules();
    rules.id("a.id", "a-1");
    rules.text("a.name", "Anouk", 10);
    rules.positive("a.number", 1);
    rules.check(true, ProblemCode.PAIR_SAME, "never");
    rules.report((ProblemMessage) null);

    assertThatCode(rules::done).doesNotThrowAnyException();
  }

  @Test
  void eachRule_wordsItsProblemAsTheThrowingCheckDoes() {
    Rules rules = new Rules();
    rules.text("f", "x\u0001", 10);
    assertThatThrownBy(rules::done).hasMessage(messageOf(() -> Checks.text("f", "x\u0001", 10)));
  }

  private static String messageOf(Runnable check) {
    try {
      check.run();
    } catch (InvalidValueException e) {
      return e.getMessage();
    }
    throw new AssertionError("the check passed");
  }
}
