package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opgave.model.cafe.Harvest;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.Round;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.cafe.Vraagstuk;
import nl.opgave.model.community.TimetableSlot;

/** Prints a World Café session plan for a person to read. */
final class CafeReport {
  private final PrintWriter out;
  private final Lang lang;
  private final CommunityReport headings;

  CafeReport(PrintWriter out, Lang lang) {
    this.out = out;
    this.lang = lang;
    this.headings = new CommunityReport(out, lang);
  }

  void sessionPlan(SessionPlan plan, List<Participant> participants) {
    Map<String, String> names = new HashMap<>();
    participants.forEach(p -> names.put(p.id(), p.displayName()));
    headings.heading(plan.title(), plan.title());
    out.println("  " + lang.pick("Vraagstukken:", "Questions:"));
    for (Vraagstuk v : plan.vraagstukken()) {
      out.println("    " + v.number() + ". " + v.title());
    }
    out.println("  " + lang.pick("Tafels:", "Tables:"));
    for (Table table : plan.tables()) {
      out.printf("    %s %d  %-6s %s %d  %s%n", lang.pick("tafel", "table"), table.number(),
          sideName(plan, table),
          lang.pick("vraagstuk", "question"), table.vraagstuk().orElse(0),
          table.host().map(h -> lang.pick("tafelhost ", "host ") + names.getOrDefault(h, h)).orElse(""));
    }
    out.println("  " + lang.pick("Rondes:", "Rounds:"));
    for (Round round : plan.rounds()) {
      out.printf("    %d. %s (%d min)%n", round.number(), round.purpose(), round.duration().toMinutes());
    }
    out.println("  " + lang.pick("Spelregels:", "Café etiquette:"));
    plan.spelregels().forEach(s -> out.println("    - " + s));
    out.println("  " + lang.pick("Oogst per kleur:", "Harvest per colour:"));
    for (Harvest harvest : plan.harvests()) {
      out.println("    " + plan.side(harvest.side()).map(s -> s.name(lang.locale())).orElse("")
          + ": " + harvest.instruction());
    }
    out.println("  " + lang.pick("Tijdschema:", "Timetable:"));
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    for (TimetableSlot slot : plan.timetable(lang.locale()).slots()) {
      out.printf("    %s-%s  %s%n", slot.start().format(hhmm), slot.end().format(hhmm), slot.item().title());
    }
    if (!plan.timetable().overrun().isZero()) {
      out.println("    " + lang.pick("LET OP: loopt ", "NOTE: runs ") + plan.timetable().overrun().toMinutes()
          + lang.pick(" minuten uit", " minutes over"));
    }
  }

  static String sideName(SessionPlan plan, Table table, Lang lang) {
    return table.side().isPresent()
        ? plan.side(table.side().getAsInt()).map(s -> s.name(lang.locale())).orElse("")
        : "";
  }

  private String sideName(SessionPlan plan, Table table) {
    return sideName(plan, table, lang);
  }
}
