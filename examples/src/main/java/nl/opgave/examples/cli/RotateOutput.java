package nl.opgave.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationAlternative;
import nl.opgave.model.cafe.RotationBounds;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationStatistics;
import nl.opgave.model.cafe.Seating;
import nl.opgave.model.cafe.Stop;
import nl.opgave.model.cafe.StopReason;
import nl.opgave.model.cafe.Table;
import nl.opgave.pdf.CafePrint;
import nl.opgave.pdf.PrintOptions;

/** Writes a rotation plan as the contract's CSV or as text; JSON is opgave-io's rotation-plan document. */
final class RotateOutput {
  private final RotationPlan plan;
  private final Lang lang;
  private final boolean names;

  RotateOutput(RotationPlan plan, Lang lang, boolean names) {
    this.plan = plan;
    this.lang = lang;
    this.names = names;
  }

  private String label(Participant p) {
    return names ? p.displayName() : p.id();
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
    byte[][] labels = new byte[people.size()][];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = bytes(csvField(label(people.get(i))), "\n");
    }
    byte[][] numbers = new byte[tables.size()][];
    int widest = 0;
    for (int t = 0; t < numbers.length; t++) {
      numbers[t] = bytes(Integer.toString(tables.get(t).number()), ",");
      widest = Math.max(widest, numbers[t].length);
    }
    ByTable byTable = new ByTable(tables, people.size());
    Chunks text = new Chunks(out).add("round,table,participant\n");
    for (Seating seating : plan.seatings()) {
      byTable.sort(seating);
      byte[] round = bytes(Integer.toString(seating.round()), ",");
      byte[] prefix = Arrays.copyOf(round, round.length + widest);
      for (int t = 0, k = 0; t < numbers.length; t++) {
        System.arraycopy(numbers[t], 0, prefix, round.length, numbers[t].length);
        int length = round.length + numbers[t].length;
        for (; k < byTable.end[t]; k++) {
          text.add(prefix, length, labels[byTable.order[k]]);
        }
      }
    }
    text.flush();
  }

  /** Returns the UTF-8 bytes of the text followed by the suffix. */
  private static byte[] bytes(String text, String suffix) {
    return (text + suffix).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** One round's seated people grouped by table: tables in the request's order, people in the request's order. */
  private static final class ByTable {
    final int[] end;
    final int[] order;
    final int[] table;
    private final TablePositions position;

    ByTable(List<Table> tables, int n) {
      end = new int[tables.size()];
      order = new int[n];
      table = new int[n];
      position = new TablePositions(tables);
    }

    /** Sorts a round: afterwards table t holds order[end[t - 1]] up to order[end[t]] (from 0 for the first). */
    void sort(Seating seating) {
      int[] numbers = seating.tableNumbers();
      int n = table.length;
      int[] byNumber = position.byNumber;
      Arrays.fill(end, 0);
      for (int i = 0; i < n; i++) {
        int number = numbers[i];
        int t = number == 0 ? -1 : byNumber != null ? byNumber[number] : position.of(number);
        table[i] = t;
        if (t >= 0) {
          end[t]++;
        }
      }
      for (int t = 0, from = 0; t < end.length; t++) {
        int count = end[t];
        end[t] = from;
        from += count;
      }
      for (int i = 0; i < n; i++) {
        if (table[i] >= 0) {
          order[end[table[i]]++] = i;
        }
      }
    }
  }

  /**
   * Collects UTF-8 bytes of whole characters in a buffer and hands them to the writer a buffer at a time (see
   * {@link CliOut#writeUtf8}).
   */
  private static final class Chunks {
    private final PrintWriter out;
    private final byte[] buffer = new byte[1 << 16];
    private int length;

    Chunks(PrintWriter out) {
      this.out = out;
    }

    Chunks add(byte[] bytes) {
      if (length + bytes.length > buffer.length) {
        flush();
        if (bytes.length > buffer.length) {
          CliOut.writeUtf8(out, bytes, 0, bytes.length);
          return this;
        }
      }
      System.arraycopy(bytes, 0, buffer, length, bytes.length);
      length += bytes.length;
      return this;
    }

    Chunks add(byte[] first, int firstLength, byte[] second) {
      int total = firstLength + second.length;
      if (length + total > buffer.length) {
        return add(Arrays.copyOf(first, firstLength)).add(second);
      }
      System.arraycopy(first, 0, buffer, length, firstLength);
      System.arraycopy(second, 0, buffer, length + firstLength, second.length);
      length += total;
      return this;
    }

    Chunks add(String text) {
      return add(bytes(text));
    }

    void flush() {
      CliOut.writeUtf8(out, buffer, 0, length);
      length = 0;
    }
  }

  /** The position of each table number in the request: an array over the numbers, or a sorted search when sparse. */
  private static final class TablePositions {
    final int[] byNumber;
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
    long hundredths = (took.toNanos() + 5_000_000) / 10_000_000;
    long fraction = hundredths % 100;
    return hundredths / 100 + lang.pick(",", ".") + (fraction < 10 ? "0" : "") + fraction + " s";
  }

  void text(PrintWriter out, Duration took) {
    RotationStatistics s = plan.statistics();
    out.println(lang.pick("Tafelrotatie: ", "Table rotation: ") + plan.request().participants().size()
        + lang.pick(" deelnemers, ", " participants, ") + plan.request().tables().size() + lang.pick(" tafels, ",
        " tables, ") + plan.request().rounds() + lang.pick(" rondes (seed ", " rounds (seed ") + plan.request().seed()
        + ")");
    List<Participant> people = plan.request().participants();
    List<Table> tables = plan.request().tables();
    byte[][] labels = new byte[people.size()][];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = bytes(label(people.get(i)));
    }
    Map<String, Integer> hosted = new HashMap<>();
    byte[][] heads = new byte[tables.size()][];
    for (int t = 0; t < heads.length; t++) {
      Table table = tables.get(t);
      int at = t;
      table.host().ifPresent(h -> hosted.put(h, at));
      heads[t] = bytes("  " + lang.pick("tafel ", "table ") + table.number() + describe(table) + ": ");
    }
    int[] hosts = new int[people.size()];
    Arrays.fill(hosts, -1);
    for (int i = 0; i < hosts.length && !hosted.isEmpty(); i++) {
      hosts[i] = hosted.getOrDefault(people.get(i).id(), -1);
    }
    String newline = System.lineSeparator();
    byte[] newlineBytes = bytes(newline);
    byte[] hostMark = bytes(lang.pick(" (tafelhost)", " (host)"));
    byte[] comma = bytes(", ");
    ByTable byTable = new ByTable(tables, people.size());
    Chunks text = new Chunks(out);
    List<Seating> seatings = plan.seatings();
    int[][] positions = new int[seatings.size()][];
    for (int r = 0; r < positions.length; r++) {
      Seating seating = seatings.get(r);
      text.add(newlineBytes).add(lang.pick("Ronde ", "Round ") + seating.round()).add(newlineBytes);
      byTable.sort(seating);
      positions[r] = byTable.table.clone();
      for (int t = 0, k = 0; t < tables.size(); t++) {
        text.add(heads[t]);
        for (int from = k; k < byTable.end[t]; k++) {
          int i = byTable.order[k];
          if (k != from) {
            text.add(comma, comma.length, labels[i]);
          } else {
            text.add(labels[i]);
          }
          if (hosts[i] == t) {
            text.add(hostMark);
          }
        }
        text.add(newlineBytes);
      }
    }
    text.add(newlineBytes).add(lang.pick("Reisroutes", "Itineraries")).add(newlineBytes);
    int[] rounds = new int[seatings.size()];
    byte[][] roundDigits = new byte[rounds.length][];
    for (int r = 0; r < rounds.length; r++) {
      rounds[r] = seatings.get(r).round();
      roundDigits[r] = bytes(Integer.toString(rounds[r]));
    }
    Map<StopShape.Key, StopShape> shapes = new HashMap<>();
    StopLines[] guests = new StopLines[tables.size() + 1];
    StopLines[] hostLines = new StopLines[tables.size() + 1];
    byte[] indent = bytes("  ");
    byte[] open = bytes(" (");
    byte[] close = bytes(")");
    for (int i = 0; i < labels.length; i++) {
      Participant p = people.get(i);
      text.add(indent);
      if (names) {
        text.add(labels[i]).add(open).add(p.id()).add(close);
      } else {
        text.add(labels[i]);
      }
      if (p.organisation().isPresent()) {
        text.add(comma).add(p.organisation().get());
      }
      text.add(newlineBytes);
      for (int r = 0; r < rounds.length; r++) {
        int slot = positions[r][i] + 1;
        boolean host = slot > 0 && hosts[i] == slot - 1;
        StopLines[] kind = host ? hostLines : guests;
        StopLines lines = kind[slot];
        if (lines == null) {
          Table table = slot == 0 ? null : tables.get(slot - 1);
          StopShape shape = null;
          if (table != null) {
            StopShape.Key key = new StopShape.Key(table.side(), table.vraagstuk(), host);
            shape = shapes.get(key);
            if (shape == null) {
              shape = new StopShape(table, host);
              shapes.put(key, shape);
            }
          }
          lines = new StopLines(table, host, rounds, newline, shape);
          kind[slot] = lines;
        }
        lines.add(text, r, roundDigits[r]);
      }
    }
    text.flush();
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

  /**
   * The itinerary lines of one table (or of absence), guest or host, for every round: the model's stop text with
   * each line indented. Written as the text around the round with the round's digits between, when the texts of
   * the table's shape (or of absence) show round and table number as the only differences; otherwise each round's
   * text is made in full.
   */
  private final class StopLines {
    private final byte[] head;
    private final byte[] tail;
    private final byte[][] byRound;

    StopLines(Table table, boolean host, int[] rounds, String newline, StopShape shape) {
      int number = table == null ? 0 : table.number();
      String before = null;
      String after = null;
      if (shape != null && shape.fits) {
        before = shape.beforeRound;
        after = shape.beforeNumber + number + shape.afterNumber;
      } else if (table == null) {
        String seven = stop(7, 0, null, false).text(lang.locale());
        String many = stop(1_234_567, 0, null, false).text(lang.locale());
        int p = common(seven, many);
        if (seven.equals(seven.substring(0, p) + 7 + seven.substring(p + 1))
            && many.equals(seven.substring(0, p) + 1_234_567 + seven.substring(p + 1))) {
          before = seven.substring(0, p);
          after = seven.substring(p + 1);
        }
      }
      if (before != null) {
        head = bytes("    " + before.replace("\n", newline + "    "));
        tail = bytes(after.replace("\n", newline + "    ") + newline);
        byRound = null;
      } else {
        head = null;
        tail = null;
        byRound = new byte[rounds.length][];
        for (int r = 0; r < rounds.length; r++) {
          String text = stop(rounds[r], number, table, host).text(lang.locale());
          byRound[r] = bytes("    " + text.replace("\n", newline + "    ") + newline);
        }
      }
    }

    void add(Chunks text, int r, byte[] round) {
      if (byRound != null) {
        text.add(byRound[r]);
      } else {
        text.add(head).add(round).add(tail);
      }
    }
  }

  /**
   * The stop text of tables with one side, vraagstuk and host role, around its round and table number: fits when
   * four texts (rounds 7 and 1234567, numbers 8 and 2345678) differ only there, the round first.
   */
  private final class StopShape {
    /** A table's side and vraagstuk (MIN_VALUE for none) and host role. */
    static final class Key {
      private final int side;
      private final int vraagstuk;
      private final boolean host;

      Key(OptionalInt side, OptionalInt vraagstuk, boolean host) {
        this.side = side.orElse(Integer.MIN_VALUE);
        this.vraagstuk = vraagstuk.orElse(Integer.MIN_VALUE);
        this.host = host;
      }

      @Override
      public boolean equals(Object other) {
        return other instanceof Key && ((Key) other).side == side && ((Key) other).vraagstuk == vraagstuk
            && ((Key) other).host == host;
      }

      @Override
      public int hashCode() {
        return (side * 31 + vraagstuk) * 2 + (host ? 1 : 0);
      }
    }

    final boolean fits;
    final String beforeRound;
    final String beforeNumber;
    final String afterNumber;

    StopShape(Table table, boolean host) {
      String first = stop(7, 8, table, host).text(lang.locale());
      String round = stop(1_234_567, 8, table, host).text(lang.locale());
      String number = stop(7, 2_345_678, table, host).text(lang.locale());
      String both = stop(1_234_567, 2_345_678, table, host).text(lang.locale());
      int r = common(first, round);
      int n = common(first, number);
      beforeRound = first.substring(0, Math.min(r, first.length()));
      beforeNumber = r < n ? first.substring(r + 1, n) : "";
      afterNumber = n < first.length() ? first.substring(n + 1) : "";
      fits = r < n && n < first.length() && first.equals(beforeRound + 7 + beforeNumber + 8 + afterNumber)
          && round.equals(beforeRound + 1_234_567 + beforeNumber + 8 + afterNumber)
          && number.equals(beforeRound + 7 + beforeNumber + 2_345_678 + afterNumber)
          && both.equals(beforeRound + 1_234_567 + beforeNumber + 2_345_678 + afterNumber);
    }
  }

  /** The length of the longest common prefix. */
  private static int common(String a, String b) {
    int p = 0;
    while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    return p;
  }

  /** The stop of an itinerary, as RotationPlan.itineraries() makes it. */
  private Stop stop(int round, int number, Table table, boolean host) {
    Stop.Builder stop = Stop.builder().round(round);
    if (table != null) {
      stop.table(number).vraagstuk(table.vraagstuk()).host(host);
      table.side().ifPresent(s -> stop.side(s).sideName(plan.request().side(s)));
    }
    return stop.build();
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
