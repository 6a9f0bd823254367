package nl.opgave.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.opgave.model.community.Begrippenlijst;
import nl.opgave.model.community.Calendar;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.community.GlossaryEntry;
import nl.opgave.model.community.Member;
import nl.opgave.model.community.MemberDirectory;
import nl.opgave.model.community.PollResult;
import nl.opgave.model.community.PollTally;
import nl.opgave.model.community.TimetableSlot;

/** Prints the parts of a community for a person to read. */
final class CommunityReport {
  private final PrintWriter out;
  private final Lang lang;

  CommunityReport(PrintWriter out, Lang lang) {
    this.out = out;
    this.lang = lang;
  }

  void heading(String dutch, String english) {
    String title = lang.pick(dutch, english);
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));
  }

  void calendar(Calendar calendar, Instant now) {
    heading("Kalender", "Calendar");
    calendar.inProgress(now).forEach(e -> out.println(lang.pick("Nu bezig: ", "In progress: ") + describe(e)));
    calendar.next(now).ifPresent(next -> out.println(lang.pick("Eerstvolgende: ", "Next: ") + describe(next)));
    out.println(lang.pick("Komende bijeenkomsten:", "Upcoming meetings:"));
    events(calendar.upcoming(now));
    out.println(lang.pick("Eerdere bijeenkomsten:", "Past meetings:"));
    events(calendar.past(now));
  }

  private void events(List<Event> events) {
    if (events.isEmpty()) {
      out.println("  " + lang.pick("(geen)", "(none)"));
    }
    for (Event event : events) {
      out.printf("  %2d  %-28s %s%n", event.number(), event.start().format(lang.longDate()), event.location());
    }
  }

  private String describe(Event event) {
    return event.start().format(lang.longDate()) + ", " + event.location();
  }

  void programme(Event event) {
    heading("Programma " + event.start().format(lang.longDate()), "Programme " + event.start().format(
        lang.longDate()));
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    for (TimetableSlot slot : event.timetable().slots()) {
      out.printf("  %s-%s  %-20s %s%s%n", slot.start().format(hhmm), slot.end().format(hhmm),
          slot.item().kind().label(lang.locale()), slot.item().title(),
          slot.item().speaker().map(s -> " (" + s + ")").orElse(""));
    }
  }

  void members(MemberDirectory directory) {
    heading("Leden", "Members");
    for (Member member : directory.sorted()) {
      String organisation = directory.organisationOf(member).map(o -> o.name()).orElse("");
      StringBuilder roles = new StringBuilder();
      member.roles().forEach(r -> roles.append(roles.length() == 0 ? "" : ", ").append(r.label()));
      out.printf("  %-32s %-46s %s%n", member.sortKey(), organisation, roles);
    }
  }

  void begrippenlijst(Begrippenlijst begrippenlijst) {
    heading("Begrippenlijst A-Z", "Glossary A-Z");
    Map<Character, List<GlossaryEntry>> index = begrippenlijst.index();
    StringBuilder bar = new StringBuilder(" ");
    for (char letter : Begrippenlijst.letters()) {
      bar.append(' ').append(index.containsKey(letter) ? letter : '·');
    }
    out.println(bar);
    index.forEach((letter, entries) -> {
      out.println();
      out.println("  " + letter);
      entries.forEach(e -> out.println("    " + e.label()));
    });
  }

  void poll(String question, PollTally tally) {
    heading("Peiling", "Poll");
    out.println("  " + question);
    int width = tally.results().stream().mapToInt(r -> r.option().label().length()).max().orElse(10);
    for (PollResult result : tally.results()) {
      out.printf("    %-" + width + "s  %3d  %3d%%  %s%n", result.option().label(), result.votes(),
          result.roundedPercentage(), "#".repeat(result.roundedPercentage() / 5));
    }
    out.println("  " + lang.pick(tally.summary(), tally.summaryEnglish()));
  }

  void community(Community community, Instant now) {
    members(community.directory());
    calendar(community.calendar(), now);
    begrippenlijst(community.begrippenlijst());
    community.poll().ifPresent(p -> poll(p.question(), p.tally()));
  }
}
