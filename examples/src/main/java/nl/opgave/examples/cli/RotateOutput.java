package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opgave.model.cafe.Itinerary;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationAlternative;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationStatistics;
import nl.opgave.model.cafe.Seating;
import nl.opgave.model.cafe.StopReason;
import nl.opgave.model.cafe.Table;
import nl.opgave.pdf.CafePrint;
import nl.opgave.pdf.PrintOptions;

/** Writes a rotation plan as the contract's CSV or as text; JSON is opgave-io's rotation-plan document. */
final class RotateOutput {
  private final RotationPlan plan;
  private final Lang lang;
  private final boolean names;
  private final Map<String, Participant> byId = new HashMap<>();

  RotateOutput(RotationPlan plan, Lang lang, boolean names) {
    this.plan = plan;
    this.lang = lang;
    this.names = names;
  }

  private String label(String id) {
    if (!names) {
      return id;
    }
    if (byId.isEmpty()) {
      plan.request().participants().forEach(p -> byId.put(p.id(), p));
    }
    return byId.get(id).displayName();
  }

  void pdf(Path file) {
    try {
      Files.write(file, CafePrint.pdf(plan, PrintOptions.DUTCH.withLanguage(lang.locale())));
    } catch (IOException e) {
      throw new UserException(lang.pick("kan niet schrijven naar ", "cannot write to ") + file + " (" + e.getMessage()
          + ")");
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** Writes round,table,participant lines: tables in the request's order, people in the request's order. */
  void csv(PrintWriter out) {
    List<Participant> people = plan.request().participants();
    List<Table> tables = plan.request().tables();
    int n = people.size();
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      Participant p = people.get(i);
      labels[i] = csvField(names ? p.displayName() : p.id());
    }
    TablePositions position = new TablePositions(tables);
    int[] start = new int[tables.size() + 1];
    int[] table = new int[n];
    int[] order = new int[n];
    StringBuilder text = new StringBuilder(1 << 16).append("round,table,participant\n");
    for (Seating seating : plan.seatings()) {
      Integer[] numbers = seating.tables().toArray(new Integer[0]);
      Arrays.fill(start, 0);
      for (int i = 0; i < n; i++) {
        int number = numbers[i];
        int t = number == 0 ? -1 : position.of(number);
        table[i] = t;
        start[t + 1] += t < 0 ? 0 : 1;
      }
      for (int t = 0; t < tables.size(); t++) {
        start[t + 1] += start[t];
      }
      int seated = 0;
      for (int i = 0; i < n; i++) {
        if (table[i] >= 0) {
          order[start[table[i]]++] = i;
          seated++;
        }
      }
      String prefix = null;
      int current = -1;
      for (int k = 0; k < seated; k++) {
        int i = order[k];
        if (table[i] != current) {
          current = table[i];
          prefix = seating.round() + "," + tables.get(current).number() + ",";
        }
        text.append(prefix).append(labels[i]).append('\n');
        if (text.length() > 1 << 15) {
          out.append(text);
          text.setLength(0);
        }
      }
    }
    out.append(text);
  }

  /** The position of each table number in the request: an array over the numbers, or a sorted search when sparse. */
  private static final class TablePositions {
    private final int[] byNumber;
    private final int[] sortedNumbers;
    private final int[] sortedPositions;

    TablePositions(List<Table> tables) {
      int count = tables.size();
      int max = 0;
      for (Table t : tables) {
        max = Math.max(max, t.number());
      }
      if (max <= 4L * count + 1024) {
        byNumber = new int[max + 1];
        for (int t = 0; t < count; t++) {
          byNumber[tables.get(t).number()] = t;
        }
        sortedNumbers = null;
        sortedPositions = null;
      } else {
        long[] keyed = new long[count];
        for (int t = 0; t < count; t++) {
          keyed[t] = (long) tables.get(t).number() << 32 | t;
        }
        Arrays.sort(keyed);
        byNumber = null;
        sortedNumbers = new int[count];
        sortedPositions = new int[count];
        for (int t = 0; t < count; t++) {
          sortedNumbers[t] = (int) (keyed[t] >>> 32);
          sortedPositions[t] = (int) keyed[t];
        }
      }
    }

    int of(int number) {
      return byNumber != null ? byNumber[number] : sortedPositions[Arrays.binarySearch(sortedNumbers, number)];
    }
  }

  private static String csvField(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  String summary(Duration took) {
    RotationStatistics s = plan.statistics();
    return lang.pick("herhalingen ", "repeats ") + s.repeats() + ", " + lang.pick("ondergrens ", "lower bound ")
        + plan.repeatsLowerBound() + " (" + verdict() + "); " + lang.pick("vraagstuk dubbel ", "vraagstuk twice ")
        + s.vraagstukRepeats() + "; " + plan.request().participants().size() + lang.pick(" deelnemers, ",
        " participants, ") + plan.request().tables().size() + lang.pick(" tafels, ", " tables, ")
        + plan.request().rounds() + lang.pick(" rondes; ", " rounds; ") + seconds(took);
  }

  private String verdict() {
    if (plan.provablyOptimal()) {
      return lang.pick("bewezen optimaal", "provably optimal");
    }
    return lang.pick("gestopt: ", "stopped: ") + reason(plan.stopReason());
  }

  private String reason(StopReason reason) {
    switch (reason) {
      case BOUND_REACHED:
        return lang.pick("ondergrens bereikt", "bound reached");
      case TIME_LIMIT:
        return lang.pick("tijdslimiet", "time limit");
      case ITERATION_LIMIT:
        return lang.pick("iteratielimiet", "iteration limit");
      case NO_IMPROVEMENT:
        return lang.pick("geen verbetering meer gevonden", "no further improvement found");
      default:
        return lang.pick("afgebroken", "stopped");
    }
  }

  private String seconds(Duration took) {
    return String.format(lang.locale(), "%.2f s", took.toNanos() / 1e9);
  }

  void text(PrintWriter out, Duration took) {
    RotationStatistics s = plan.statistics();
    out.println(lang.pick("Tafelrotatie: ", "Table rotation: ") + plan.request().participants().size()
        + lang.pick(" deelnemers, ", " participants, ") + plan.request().tables().size() + lang.pick(" tafels, ",
        " tables, ") + plan.request().rounds() + lang.pick(" rondes (seed ", " rounds (seed ") + plan.request().seed()
        + ")");
    Map<Integer, Table> tables = new HashMap<>();
    plan.request().tables().forEach(t -> tables.put(t.number(), t));
    for (int r = 1; r <= plan.request().rounds(); r++) {
      out.println();
      out.println(lang.pick("Ronde ", "Round ") + r);
      for (Map.Entry<Integer, List<String>> entry : plan.roster(r).entrySet()) {
        Table table = tables.get(entry.getKey());
        List<String> people = new ArrayList<>();
        for (String id : entry.getValue()) {
          boolean host = table.host().filter(id::equals).isPresent();
          people.add(label(id) + (host ? lang.pick(" (tafelhost)", " (host)") : ""));
        }
        out.println("  " + lang.pick("tafel ", "table ") + entry.getKey() + describe(table) + ": "
            + String.join(", ", people));
      }
    }
    out.println();
    out.println(lang.pick("Reisroutes", "Itineraries"));
    for (Itinerary itinerary : plan.itineraries()) {
      Participant p = itinerary.participant();
      out.println("  " + (names ? p.displayName() + " (" + p.id() + ")" : p.id())
          + p.organisation().map(o -> ", " + o).orElse(""));
      for (String line : itinerary.text(lang.locale()).split("\n")) {
        out.println("    " + line);
      }
    }
    out.println();
    out.println(lang.pick("Statistiek", "Statistics"));
    out.println("  " + lang.pick("herhaalde ontmoetingen: ", "repeated meetings: ") + s.repeats() + " ("
        + s.repeatedPairs() + lang.pick(" paren, hoogstens ", " pairs, at most ") + s.maxMeetings()
        + lang.pick(" keer hetzelfde paar)", " times the same pair)"));
    out.println("  " + lang.pick("vraagstuk twee keer getroffen: ", "vraagstuk met twice: ") + s.vraagstukRepeats());
    out.println("  " + lang.pick("collega's aan een tafel: ", "colleagues at one table: ") + s.colleagueMeetings()
        + lang.pick(" (ondergrens ", " (lower bound ") + plan.bounds().colleagues() + ")");
    out.println("  " + lang.pick("verschillende gesprekspartners per persoon: min ", "different people met per "
        + "person: min ") + s.minContacts() + lang.pick(", gemiddeld ", ", mean ")
        + String.format(lang.locale(), "%.1f", s.meanContacts()) + ", max " + s.maxContacts());
    out.println();
    out.println(lang.pick("Ondergrenzen", "Lower bounds"));
    RotationBounds b = plan.bounds();
    b.zeroRepeatRounds().ifPresent(z -> out.println("  " + lang.pick("zonder herhaling kan het hoogstens ",
        "without any repeat at most ") + z + lang.pick(" rondes (floor((n-1)/(k-1)))", " rounds (floor((n-1)/(k-1)))")));
    out.println("  " + lang.pick("telling: ", "counting: ") + b.counting() + lang.pick("; duivenhok: ",
        "; pigeonhole: ") + b.pigeonhole() + lang.pick("; vraagstukregel: ", "; vraagstuk rule: ") + b.vraagstuk());
    long gap = s.repeats() - plan.repeatsLowerBound();
    out.println("  " + (plan.provablyOptimal() ? lang.pick("herhalingen op de ondergrens: bewezen optimaal",
        "repeats at the lower bound: provably optimal") : lang.pick("nog " + gap + " boven de ondergrens (",
        gap + " above the lower bound (") + verdict() + ")"));
    if (!plan.alternatives().isEmpty()) {
      out.println();
      out.println(lang.pick("Wat een ruimere opzet zou schelen", "What a looser set-up would save"));
      for (RotationAlternative alternative : plan.alternatives()) {
        out.println("  " + alternative(alternative, s.repeats()));
      }
    }
    out.println();
    out.println(lang.pick("Rekentijd: ", "Time: ") + seconds(took) + ", " + plan.iterations()
        + (plan.iterations() == 1 ? lang.pick(" iteratie", " iteration") : lang.pick(" iteraties", " iterations")));
  }

  private String alternative(RotationAlternative alternative, long repeats) {
    String what;
    switch (alternative.kind()) {
      case CROSS_SIDES:
        what = lang.pick("deelnemers mogen van kant wisselen", "participants may cross sides");
        break;
      default:
        what = lang.pick("een vraagstuk mag twee keer", "a vraagstuk may come twice");
        break;
    }
    String line = what + ": " + lang.pick("ondergrens ", "lower bound ") + alternative.repeatsLowerBound();
    if (alternative.achievedRepeats().isPresent()) {
      long achieved = alternative.achievedRepeats().getAsLong();
      line += lang.pick(", gehaald ", ", achieved ") + achieved + " (" + (repeats - achieved)
          + lang.pick(" herhalingen minder)", " fewer repeats)");
    }
    return line;
  }

  private String describe(Table table) {
    List<String> parts = new ArrayList<>();
    table.side().ifPresent(side -> parts.add(plan.request().side(side).map(x -> x.name(lang.locale()))
        .orElse(lang.pick("kant ", "side ") + side)));
    table.vraagstuk().ifPresent(v -> parts.add(lang.pick("vraagstuk ", "question ") + v));
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }
}
