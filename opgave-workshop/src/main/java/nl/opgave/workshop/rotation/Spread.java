package nl.opgave.workshop.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seats everyone without a meetings table, for sizes too big to search. The k-th member of a group of M people at T
 * tables belongs to cell k mod C, and all people of a cell share a route (the same table every round). With M at
 * least T^2 the cells are the T^2 points (x, y) of a grid and round r seats a cell on a line of a direction of the
 * product of the affine planes of T's prime power factors (t_i = x_i + d_i y_i over GF(q_i), or y_i), chosen greedily
 * so that distinct cells share a table as rarely and evenly as possible: for T a prime power every two distinct cells
 * meet at most once in T + 1 rounds and at most ceil(R / (T + 1)) times in R; for a grid of at most
 * {@link #ANNEAL_CELLS} cells that still has cells meeting twice simulated annealing improves it on the cells, with
 * a number of moves that depends on the size only. With fewer people the cells are people on h = ceil(M / T) rows and round r seats (x, y) at
 * x + a_r y mod T, the multipliers chosen greedily the same way. Where T^R routes fit and spend fewer repeats by
 * count, every route is used equally (table = digit r of k in base T). Each table holds one cell of every row in
 * every round; fixed seats, absences and the targets' unevenness move the few people whose table is full to the next
 * table with room, after the tables of each round are renumbered so that their loads meet the targets where they can.
 */
final class Spread {
  static final int ANNEAL_CELLS = 1_600;
  private static final long ANNEAL_WORK = 20_000_000L;
  private static final long ANNEAL_MOVES_PER_MS = 2_000L;
  private static final int MULTIPLIERS = 64;

  private Spread() {}

  /** A route for every cell: table[round][cell], a group-local table index. */
  static final class Routes {
    final int cells;
    final int[][] table;

    Routes(int cells, int[][] table) {
      this.cells = cells;
      this.table = table;
    }
  }

  static int[] seats(Problem pb) {
    return seats(pb, Long.MAX_VALUE);
  }

  /**
   * Seats everyone; the annealing makes at most the moves that half the time limit affords at a rate the size does
   * not change (so the same request gives the same seats), and stops at the deadline on a slower machine.
   */
  static int[] seats(Problem pb, long deadline) {
    int n = pb.n;
    int[] seats = new int[pb.rounds * n];
    int[] order = new int[n];
    int[] ideal = new int[n];
    int[] sorted = new int[n];
    int[] free = new int[pb.tableCount];
    int[] members = new int[pb.groups];
    for (int p = 0; p < n; p++) {
      members[pb.personGroup[p]]++;
    }
    int[] first = new int[pb.groups + 1];
    for (int g = 0; g < pb.groups; g++) {
      first[g + 1] = first[g] + members[g];
    }
    int[] byGroup = new int[n];
    boolean[] present = pb.present;
    int[] fixed = pb.fixed;
    int[] next = Arrays.copyOf(first, pb.groups);
    for (int p = 0; p < n; p++) {
      byGroup[next[pb.personGroup[p]]++] = p;
    }
    for (int g = 0; g < pb.groups; g++) {
      int[] tables = pb.groupTables[g];
      int t = tables.length;
      long afforded = pb.timeLimitNanos / 2_000_000L * ANNEAL_MOVES_PER_MS;
      Routes routes = routes(members[g], t, pb.rounds, pb.seed, afforded, deadline);
      for (int r = 0; r < pb.rounds; r++) {
        Pulse.now();
        for (int table : tables) {
          free[table] = pb.target[r * pb.tableCount + table];
        }
        int[] route = routes.table[r];
        int m = 0;
        int cell = 0;
        int cells = routes.cells;
        int base = r * n;
        for (int k = first[g], last = first[g + 1]; k < last; k++) {
          int p = byGroup[k];
          int i = base + p;
          seats[i] = -1;
          if (present[i]) {
            int f = fixed[i];
            if (f >= 0) {
              seats[i] = f;
              free[f]--;
            } else {
              ideal[p] = route[cell];
              order[m++] = p;
            }
          }
          cell = cell + 1 == cells ? 0 : cell + 1;
        }
        relabel(ideal, order, m, tables, free);
        int[] from = new int[t + 1];
        for (int i = 0; i < m; i++) {
          from[ideal[order[i]] + 1]++;
        }
        for (int i = 0; i < t; i++) {
          from[i + 1] += from[i];
        }
        for (int i = 0; i < m; i++) {
          sorted[from[ideal[order[i]]]++] = order[i];
        }
        int j = 0;
        for (int i = 0; i < m; i++) {
          int p = sorted[i];
          int wanted = tables[ideal[p]];
          int table = free[wanted] > 0 ? wanted : -1;
          while (table < 0) {
            if (free[tables[j]] > 0) {
              table = tables[j];
            } else {
              j++;
            }
          }
          seats[r * n + p] = table;
          free[table]--;
        }
      }
    }
    return seats;
  }

  /**
   * Renumbers the tables of the routes in one round (they are interchangeable) so that the most loaded goes to the
   * table with the most free seats, and so on: where the loads are the free seats in some order, nobody moves.
   */
  private static void relabel(int[] ideal, int[] order, int m, int[] tables, int[] free) {
    int t = tables.length;
    int[] load = new int[t];
    for (int i = 0; i < m; i++) {
      load[ideal[order[i]]]++;
    }
    Integer[] byLoad = new Integer[t];
    Integer[] byFree = new Integer[t];
    for (int j = 0; j < t; j++) {
      byLoad[j] = j;
      byFree[j] = j;
    }
    Arrays.sort(byLoad, (x, y) -> load[x] != load[y] ? Integer.compare(load[y], load[x]) : Integer.compare(x, y));
    Arrays.sort(byFree, (x, y) -> free[tables[x]] != free[tables[y]]
        ? Integer.compare(free[tables[y]], free[tables[x]]) : Integer.compare(x, y));
    int[] to = new int[t];
    for (int j = 0; j < t; j++) {
      to[byLoad[j]] = byFree[j];
    }
    for (int i = 0; i < m; i++) {
      ideal[order[i]] = to[ideal[order[i]]];
    }
  }

  /** Returns the routes of a group of m people at t tables; the cheapest by count of the grid and the digits. */
  static Routes routes(int m, int t, int rounds, long seed) {
    return routes(m, t, rounds, seed, Long.MAX_VALUE, Long.MAX_VALUE);
  }

  private static Routes routes(int m, int t, int rounds, long seed, long afforded, long deadline) {
    if (t == 1 || m <= 1) {
      return new Routes(1, new int[rounds][1]);
    }
    if ((long) t * t <= m) {
      long[] crossing = new long[1];
      Routes grid = grid(t, rounds, crossing);
      double c = (double) m / ((long) t * t);
      double gridCost = m * (c - 1) * (rounds - 1) / 2 + c * c * crossing[0];
      long lower = Math.max(0, (long) rounds * t * t * (t - 1) / 2 - (long) t * t * (t * t - 1) / 2);
      if (crossing[0] > lower && (long) t * t <= ANNEAL_CELLS) {
        Routes searched = annealed(grid, t, rounds, seed, crossing, Math.min(afforded, ANNEAL_WORK / t), deadline);
        grid = searched == null ? grid : searched;
        gridCost = m * (c - 1) * (rounds - 1) / 2 + c * c * crossing[0];
      }
      double power = Math.pow(t, rounds);
      if (power <= m && digitsCost(m, t, rounds) < gridCost) {
        return digits(t, rounds);
      }
      return grid;
    }
    return rows(t, (m + t - 1) / t, rounds);
  }

  /** Every route once: table = digit r of the cell in base t. */
  private static Routes digits(int t, int rounds) {
    int cells = 1;
    for (int r = 0; r < rounds; r++) {
      cells *= t;
    }
    int[][] table = new int[rounds][cells];
    for (int r = 0, power = 1; r < rounds; r++, power *= t) {
      for (int c = 0; c < cells; c++) {
        table[r][c] = c / power % t;
      }
    }
    return new Routes(cells, table);
  }

  /** Repeats of the digits routes with every route used m / t^rounds times, by the routes' distances. */
  static double digitsCost(int m, int t, int rounds) {
    double c = m / Math.pow(t, rounds);
    double perPerson = (c - 1) * (rounds - 1);
    double choose = 1;
    for (int d = 1; d < rounds - 1; d++) {
      choose = choose * (rounds - d + 1) / d;
      perPerson += choose * Math.pow(t - 1, d) * c * (rounds - d - 1);
    }
    return m * perPerson / 2;
  }

  /**
   * The t^2 cells (x, y) on lines of the product of affine planes AG(2, q_i) for t = q_1 ... q_s: a round is a
   * direction d (d_i in GF(q_i) or infinity) and seats the cell at t_i = x_i + d_i y_i, or y_i, in component i. Two
   * cells whose difference has support S meet in every round whose direction agrees on S with the difference's, so
   * each round is chosen to add the fewest such meetings of cells that met already, then the fewest meetings in all.
   * Sets crossing[0] to the meetings of distinct cells beyond their first.
   */
  static Routes grid(int t, int rounds, long[] crossing) {
    int[] q = primePowers(t);
    int s = q.length;
    Field[] fields = new Field[s];
    int directions = 1;
    for (int i = 0; i < s; i++) {
      fields[i] = Field.of(q[i]);
      directions *= q[i] + 1;
    }
    int subsets = 1 << s;
    long[] weight = new long[subsets];
    int[][] used = new int[subsets][];
    for (int set = 1; set < subsets; set++) {
      long w = 1;
      int size = 1;
      for (int i = 0; i < s; i++) {
        if ((set >> i & 1) != 0) {
          w *= q[i] - 1;
          size *= q[i] + 1;
        }
      }
      weight[set] = w;
      used[set] = new int[size];
    }
    int[] candidates = new int[directions];
    int infinity = 0;
    for (int i = s - 1; i >= 0; i--) {
      infinity = infinity * (q[i] + 1) + q[i];
    }
    candidates[0] = 0;
    candidates[1] = infinity;
    for (int d = 1, c = 2; d < directions; d++) {
      if (d != infinity) {
        candidates[c++] = d;
      }
    }
    int[] chosen = new int[rounds];
    int[] digit = new int[s];
    long repeats = 0;
    for (int r = 0; r < rounds; r++) {
      long bestRepeat = Long.MAX_VALUE;
      long bestTotal = Long.MAX_VALUE;
      int best = 0;
      for (int d : candidates) {
        decode(d, q, digit);
        long repeat = 0;
        long total = 0;
        for (int set = 1; set < subsets; set++) {
          int seen = used[set][project(digit, q, set)];
          repeat += seen > 0 ? weight[set] : 0;
          total += weight[set] * seen;
        }
        if (repeat < bestRepeat || repeat == bestRepeat && total < bestTotal) {
          bestRepeat = repeat;
          bestTotal = total;
          best = d;
        }
      }
      decode(best, q, digit);
      for (int set = 1; set < subsets; set++) {
        used[set][project(digit, q, set)]++;
      }
      repeats += bestRepeat;
      chosen[r] = best;
    }
    crossing[0] = repeats * t * t / 2;
    int cells = t * t;
    int[][] table = new int[rounds][cells];
    int[] scale = new int[s];
    for (int i = 0, f = 1; i < s; i++) {
      scale[i] = f;
      f *= q[i];
    }
    int[][] point = new int[s][cells];
    for (int cell = 0; cell < cells; cell++) {
      int x = cell % t;
      int y = cell / t;
      for (int i = 0; i < s; i++) {
        point[i][cell] = y / scale[i] % q[i] * q[i] + x / scale[i] % q[i];
      }
    }
    int[][] line = new int[s][];
    for (int r = 0; r < rounds; r++) {
      decode(chosen[r], q, digit);
      for (int i = 0; i < s; i++) {
        line[i] = new int[q[i] * q[i]];
        for (int yi = 0; yi < q[i]; yi++) {
          for (int xi = 0; xi < q[i]; xi++) {
            line[i][yi * q[i] + xi] = scale[i]
                * (digit[i] == q[i] ? yi : fields[i].add(xi, fields[i].multiply(digit[i], yi)));
          }
        }
      }
      for (int cell = 0; cell < cells; cell++) {
        int at = 0;
        for (int i = 0; i < s; i++) {
          at += line[i][point[i][cell]];
        }
        table[r][cell] = at;
      }
    }
    return new Routes(cells, table);
  }

  private static void decode(int code, int[] q, int[] digit) {
    for (int i = 0; i < q.length; i++) {
      digit[i] = code % (q[i] + 1);
      code /= q[i] + 1;
    }
  }

  private static int project(int[] digit, int[] q, int set) {
    int code = 0;
    for (int i = q.length - 1; i >= 0; i--) {
      if ((set >> i & 1) != 0) {
        code = code * (q[i] + 1) + digit[i];
      }
    }
    return code;
  }

  static int[] primePowers(int t) {
    List<Integer> powers = new ArrayList<>();
    int rest = t;
    for (int p = 2; p * p <= rest; p++) {
      int power = 1;
      while (rest % p == 0) {
        rest /= p;
        power *= p;
      }
      if (power > 1) {
        powers.add(power);
      }
    }
    if (rest > 1) {
      powers.add(rest);
    }
    return powers.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Improves the grid's routes by simulated annealing on the cells: swaps of two cells at different tables in one
   * round, a fixed number of them for the size (seeded, no clock), keeping the best routes seen; returns null when
   * they have no fewer meetings of distinct cells beyond the first.
   */
  static Routes annealed(Routes grid, int t, int rounds, long seed, long[] crossing, long moves) {
    return annealed(grid, t, rounds, seed, crossing, moves, Long.MAX_VALUE);
  }

  private static Routes annealed(Routes grid, int t, int rounds, long seed, long[] crossing, long moves,
      long deadline) {
    int cells = grid.cells;
    int[][] table = new int[rounds][];
    int[][] member = new int[rounds][cells];
    int[][] slot = new int[rounds][cells];
    for (int r = 0; r < rounds; r++) {
      table[r] = grid.table[r].clone();
      int[] fill = new int[t];
      for (int c = 0; c < cells; c++) {
        int j = table[r][c];
        slot[r][c] = j * t + fill[j];
        member[r][j * t + fill[j]++] = c;
      }
    }
    byte[] met = new byte[cells * cells];
    long cost = 0;
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < t; j++) {
        for (int x = 0; x < t; x++) {
          int a = member[r][j * t + x];
          for (int y = x + 1; y < t; y++) {
            int b = member[r][j * t + y];
            cost += met[a * cells + b]++ > 0 ? 1 : 0;
            met[b * cells + a]++;
          }
        }
      }
    }
    long best = cost;
    int[][] kept = null;
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    double hot = 0.6;
    double cold = 0.05;
    for (long move = 0; move < moves && best > 0; move++) {
      if ((move & 4095) == 0 && deadline != Long.MAX_VALUE && Pulse.now() - deadline > 0) {
        break;
      }
      int r = random.nextInt(rounds);
      int a = random.nextInt(cells);
      int b = random.nextInt(cells);
      int ja = table[r][a];
      int jb = table[r][b];
      if (ja == jb) {
        continue;
      }
      int[] row = member[r];
      int delta = delta(row, met, cells, ja * t, t, a, b) + delta(row, met, cells, jb * t, t, b, a);
      double temperature = hot * Math.pow(cold / hot, (double) move / moves);
      if (delta > 0 && random.nextDouble() >= Math.exp(-delta / temperature)) {
        continue;
      }
      exchange(row, met, cells, ja * t, t, a, b);
      exchange(row, met, cells, jb * t, t, b, a);
      int sa = slot[r][a];
      int sb = slot[r][b];
      row[sa] = b;
      row[sb] = a;
      slot[r][a] = sb;
      slot[r][b] = sa;
      table[r][a] = jb;
      table[r][b] = ja;
      cost += delta;
      if (cost < best && (cost == 0 || move % cells == 0 || moves - move < cells)) {
        best = cost;
        kept = new int[rounds][];
        for (int i = 0; i < rounds; i++) {
          kept[i] = table[i].clone();
        }
      }
    }
    if (kept == null || best >= crossing[0]) {
      return null;
    }
    crossing[0] = best;
    return new Routes(cells, kept);
  }

  /** Returns the change in repeated cell meetings when joining takes leaving's place at the table from slot from. */
  private static int delta(int[] row, byte[] met, int cells, int from, int t, int leaving, int joining) {
    int delta = 0;
    for (int x = from, end = from + t; x < end; x++) {
      int u = row[x];
      if (u != leaving) {
        delta += (met[joining * cells + u] > 0 ? 1 : 0) - (met[leaving * cells + u] > 1 ? 1 : 0);
      }
    }
    return delta;
  }

  private static void exchange(int[] row, byte[] met, int cells, int from, int t, int leaving, int joining) {
    for (int x = from, end = from + t; x < end; x++) {
      int u = row[x];
      if (u != leaving) {
        met[leaving * cells + u]--;
        met[u * cells + leaving]--;
        met[joining * cells + u]++;
        met[u * cells + joining]++;
      }
    }
  }

  /** Meetings of distinct cells beyond their first, counted mate by mate. */
  static long cellRepeats(int[] seats, int cells, int t, int rounds) {
    int[][] at = new int[rounds * t][];
    int[] size = new int[rounds * t];
    for (int r = 0; r < rounds; r++) {
      for (int c = 0; c < cells; c++) {
        size[r * t + seats[r * cells + c]]++;
      }
    }
    for (int i = 0; i < at.length; i++) {
      at[i] = new int[size[i]];
      size[i] = 0;
    }
    for (int r = 0; r < rounds; r++) {
      for (int c = 0; c < cells; c++) {
        int i = r * t + seats[r * cells + c];
        at[i][size[i]++] = c;
      }
    }
    int[] met = new int[cells];
    long repeats = 0;
    for (int c = 0; c < cells; c++) {
      Arrays.fill(met, 0);
      for (int r = 0; r < rounds; r++) {
        for (int other : at[r * t + seats[r * cells + c]]) {
          if (other > c && met[other]++ > 0) {
            repeats++;
          }
        }
      }
    }
    return repeats;
  }

  /**
   * Cells are people on h rows of t (h below t): round r seats (x, y) at x + a_r y mod t, each multiplier chosen to
   * add the fewest meetings of cells that met already (two cells with rows y and y + e meet in rounds a and b only
   * when (a - b) e = 0 mod t), then the fewest meetings on the same differences.
   */
  static Routes rows(int t, int h, int rounds) {
    int pool = Math.min(t, Math.max(MULTIPLIERS, 2 * rounds));
    int[][] seen = new int[h][];
    for (int e = 1; e < h; e++) {
      seen[e] = new int[t];
    }
    int[] chosen = new int[rounds];
    for (int r = 0; r < rounds; r++) {
      long bestRepeat = Long.MAX_VALUE;
      long bestTotal = Long.MAX_VALUE;
      int best = 0;
      for (int a = 0; a < pool; a++) {
        long repeat = 0;
        long total = 0;
        for (int e = 1; e < h; e++) {
          int count = seen[e][(int) ((long) a * e % t)];
          repeat += count > 0 ? h - e : 0;
          total += (long) (h - e) * count;
        }
        if (repeat < bestRepeat || repeat == bestRepeat && total < bestTotal) {
          bestRepeat = repeat;
          bestTotal = total;
          best = a;
        }
      }
      for (int e = 1; e < h; e++) {
        seen[e][(int) ((long) best * e % t)]++;
      }
      chosen[r] = best;
    }
    int cells = h * t;
    int[][] table = new int[rounds][cells];
    for (int r = 0; r < rounds; r++) {
      for (int cell = 0; cell < cells; cell++) {
        table[r][cell] = (int) ((cell % t + (long) chosen[r] * (cell / t)) % t);
      }
    }
    return new Routes(cells, table);
  }
}
