package nl.opgave.workshop.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutually orthogonal Latin squares of order n, square[row][column], each with first row 0..n-1. MacNeish: for n =
 * q_1 ... q_r (powers of distinct primes) the direct product of the squares x*m + y over GF(q_i) gives min(q_i) - 1
 * squares. Where that is fewer than asked (two squares for n = 2 mod 4, which exist for every n but 2 and 6: Bose,
 * Shrikhande & Parker), a search for a quasi-difference matrix over Z_(n-u) with u fixed points (the two largest u
 * with n - u >= count * u where MacNeish gives count squares of order u, and u = 1): its columns are found as an
 * exact cover of the differences by Knuth's dancing links, seeded by n, count and the attempt, restarted with a
 * doubled node budget until the deadline, and given up once every u is proven impossible. Two squares come out
 * within a second for every n = 2 mod 4 from 10 to 62 (DesignBenchmarkTest); more squares than MacNeish gives are
 * rarely found. The squares depend on n and count only.
 */
final class Mols {
  private static final long COVER_BUDGET = 100_000;
  private static final long OPTION_LIMIT = 1 << 17;
  private static final int HOLES = 3;
  private static final long TRANSVERSAL_STEPS = 200_000;

  private Mols() {}

  /** The number of squares of MacNeish's product for order n (n - 1 for a prime power, 1 for n = 2 mod 4). */
  static int macNeish(int n) {
    int least = Integer.MAX_VALUE;
    for (int q : primePowers(n)) {
      least = Math.min(least, q);
    }
    return n < 2 ? 0 : least - 1;
  }

  /** Returns count mutually orthogonal Latin squares of order n, or null when none were found by the deadline. */
  static int[][][] of(int n, int count, long deadline) {
    return of(n, count, false, deadline);
  }

  /** As {@link #of(int, int, long)}; with transversal, searched squares have a common transversal. */
  static int[][][] of(int n, int count, boolean transversal, long deadline) {
    if (n < 2 || count < 1) {
      return null;
    }
    if (count <= macNeish(n)) {
      return product(n, count);
    }
    return n == 6 ? null : search(n, count, transversal, deadline);
  }

  private static List<Integer> primePowers(int n) {
    List<Integer> powers = new ArrayList<>();
    int rest = n;
    for (int p = 2; p <= rest; p++) {
      int q = 1;
      while (rest % p == 0) {
        rest /= p;
        q *= p;
      }
      if (q > 1) {
        powers.add(q);
      }
    }
    return powers;
  }

  private static int[][][] product(int n, int count) {
    List<Integer> powers = primePowers(n);
    int[][][] squares = new int[count][n][n];
    for (int[][] square : squares) {
      for (int[] row : square) {
        Arrays.fill(row, 0);
      }
    }
    int scale = 1;
    for (int q : powers) {
      Field field = Field.of(q);
      for (int m = 1; m <= count; m++) {
        int[][] square = squares[m - 1];
        for (int x = 0; x < n; x++) {
          int xm = field.multiply(x / scale % q, m);
          for (int y = 0; y < n; y++) {
            square[x][y] += field.add(xm, y / scale % q) * scale;
          }
        }
      }
      scale *= q;
    }
    return squares;
  }

  /**
   * Searches count squares of order n from quasi-difference matrices until the deadline; null when none found. With
   * transversal only u = 1 or u with count + 1 squares: a full column's orbit and a common transversal of the fixed
   * points' squares form a common transversal.
   */
  static int[][][] search(int n, int count, boolean transversal, long deadline) {
    List<Integer> holes = new ArrayList<>();
    for (int u = n / count; u >= 1 && holes.size() < HOLES; u--) {
      int hole = holes.size() == HOLES - 1 ? 1 : u;
      if (fits(n, count, hole, transversal)) {
        holes.add(hole);
      }
      if (hole == 1) {
        break;
      }
    }
    boolean[] exhausted = new boolean[1];
    for (int attempt = 0; !holes.isEmpty() && Pulse.now() - deadline < 0; attempt++) {
      int u = holes.get(attempt % holes.size());
      long budget = COVER_BUDGET << Math.min(6, attempt / holes.size());
      SplittableRandom random = new SplittableRandom(0xA0761D6478BD642FL * (attempt + 1) + n * 31L + count
          + (transversal ? 7 : 0));
      int[][][] squares = quasiDifference(n - u, u, count, random, budget, deadline, exhausted);
      if (exhausted[0]) {
        holes.remove(Integer.valueOf(u));
      }
      if (squares != null) {
        for (int[][] square : squares) {
          normalise(square);
        }
        return squares;
      }
    }
    return null;
  }

  private static boolean fits(int n, int count, int u, boolean transversal) {
    long options = 1;
    for (int i = 0; i <= count; i++) {
      options *= n - u;
    }
    return n - u >= count * u && options <= OPTION_LIMIT && (u == 1 || macNeish(u) > (transversal ? count : count - 1));
  }

  /**
   * count squares on Z_m and u fixed points (n = m + u) from a quasi-difference matrix: count + 2 rows, m + 2u
   * columns, u blanks in each row and at most one in a column, the differences of any two rows (where both are
   * filled) being Z_m exactly once; developed over Z_m, with count squares of order u on the fixed points. Sets
   * exhausted[0] when the search proved that no such matrix exists.
   */
  static int[][][] quasiDifference(int m, int u, int count, SplittableRandom random, long budget, long deadline,
      boolean[] exhausted) {
    int k = count + 2;
    int[][][] small = u == 1 ? new int[count][1][1] : product(u, count);
    int[][] pairs = new int[k * (k - 1) / 2][];
    for (int i = 0, p = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        pairs[p++] = new int[] {i, j};
      }
    }
    List<int[]> vectors = new ArrayList<>();
    for (int blank = -1; blank < k; blank++) {
      int total = 1;
      for (int i = blank < 0 ? 1 : 2; i < k; i++) {
        total *= m;
      }
      for (int code = 0; code < total; code++) {
        int[] v = new int[k];
        boolean first = true;
        for (int i = 0, c = code; i < k; i++) {
          if (i == blank) {
            v[i] = -1;
          } else if (first) {
            first = false;
          } else {
            v[i] = c % m;
            c /= m;
          }
        }
        vectors.add(v);
      }
    }
    for (int i = vectors.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int[] swap = vectors.get(i);
      vectors.set(i, vectors.get(j));
      vectors.set(j, swap);
    }
    List<int[]> options = new ArrayList<>();
    int[] kind = new int[vectors.size()];
    for (int[] v : vectors) {
      int blank = -1;
      int[] items = new int[pairs.length];
      int size = 0;
      for (int p = 0; p < pairs.length; p++) {
        int a = v[pairs[p][0]];
        int b = v[pairs[p][1]];
        if (a < 0 || b < 0) {
          blank = a < 0 ? pairs[p][0] : pairs[p][1];
        } else {
          items[size++] = p * m + Math.floorMod(b - a, m);
        }
      }
      kind[options.size()] = blank + 1;
      options.add(Arrays.copyOf(items, size));
    }
    int[] cap = new int[k + 1];
    Arrays.fill(cap, u);
    cap[0] = m - count * u;
    Cover cover = new Cover(pairs.length * m, options, kind, cap);
    List<Integer> chosen = cover.solve(budget, deadline);
    exhausted[0] = chosen == null && cover.budget >= 0;
    if (chosen == null) {
      return null;
    }
    int n = m + u;
    int[][] array = new int[k][n * n];
    int[] label = new int[k];
    int column = 0;
    for (int index : chosen) {
      int[] v = vectors.get(index);
      int[] point = new int[k];
      for (int i = 0; i < k; i++) {
        point[i] = v[i] < 0 ? m + label[i]++ : -1;
      }
      for (int g = 0; g < m; g++, column++) {
        for (int i = 0; i < k; i++) {
          array[i][column] = point[i] >= 0 ? point[i] : (v[i] + g) % m;
        }
      }
    }
    for (int x = 0; x < u; x++) {
      for (int y = 0; y < u; y++, column++) {
        array[0][column] = m + x;
        array[1][column] = m + y;
        for (int i = 2; i < k; i++) {
          array[i][column] = m + small[i - 2][x][y];
        }
      }
    }
    int[][][] squares = new int[count][n][n];
    for (int c = 0; c < n * n; c++) {
      for (int i = 0; i < count; i++) {
        squares[i][array[0][c]][array[1][c]] = array[i + 2][c];
      }
    }
    return squares;
  }

  /**
   * Returns count disjoint common transversals of the squares (the column of each row), found one after another by a
   * depth-first search, or null when that fails within its step limit or the deadline.
   */
  static int[][] transversals(int[][][] squares, int count, long deadline) {
    int n = squares[0].length;
    boolean[][] taken = new boolean[n][n];
    int[][] found = new int[count][n];
    long[] steps = {TRANSVERSAL_STEPS};
    for (int[] columns : found) {
      if (!transversal(squares, taken, 0, columns, new boolean[n], new boolean[squares.length][n], steps, deadline)) {
        return null;
      }
      for (int r = 0; r < n; r++) {
        taken[r][columns[r]] = true;
      }
    }
    return found;
  }

  private static boolean transversal(int[][][] squares, boolean[][] taken, int row, int[] columns,
      boolean[] usedColumn, boolean[][] usedSymbol, long[] steps, long deadline) {
    int n = columns.length;
    if (row == n) {
      return true;
    }
    if (--steps[0] < 0 || (steps[0] & 1023) == 0 && Pulse.now() - deadline >= 0) {
      steps[0] = -1;
      return false;
    }
    for (int c = 0; c < n && steps[0] >= 0; c++) {
      boolean free = !usedColumn[c] && !taken[row][c];
      for (int i = 0; i < squares.length && free; i++) {
        free = !usedSymbol[i][squares[i][row][c]];
      }
      if (!free) {
        continue;
      }
      mark(squares, row, c, usedColumn, usedSymbol, true);
      columns[row] = c;
      if (transversal(squares, taken, row + 1, columns, usedColumn, usedSymbol, steps, deadline)) {
        mark(squares, row, c, usedColumn, usedSymbol, false);
        return true;
      }
      mark(squares, row, c, usedColumn, usedSymbol, false);
    }
    return false;
  }

  private static void mark(int[][][] squares, int row, int c, boolean[] usedColumn, boolean[][] usedSymbol,
      boolean value) {
    usedColumn[c] = value;
    for (int i = 0; i < squares.length; i++) {
      usedSymbol[i][squares[i][row][c]] = value;
    }
  }

  private static void normalise(int[][] square) {
    int n = square.length;
    int[] symbol = new int[n];
    for (int b = 0; b < n; b++) {
      symbol[square[0][b]] = b;
    }
    for (int[] row : square) {
      for (int b = 0; b < n; b++) {
        row[b] = symbol[row[b]];
      }
    }
  }

  /**
   * Algorithm X with dancing links over items 0..items-1 and options (lists of distinct items), each of a kind that
   * may be chosen at most cap[kind] times.
   */
  static final class Cover {
    private final int[] left;
    private final int[] right;
    private final int[] up;
    private final int[] down;
    private final int[] item;
    private final int[] option;
    private final int[] size;
    private final int[] kind;
    private final int[] cap;
    private final int[] chosen;
    private final List<Integer> solution = new ArrayList<>();
    private long budget;
    private long deadline;

    Cover(int items, List<int[]> options, int[] kind, int[] cap) {
      this.kind = kind;
      this.cap = cap.clone();
      this.chosen = new int[cap.length];
      int nodes = items + 1;
      for (int[] o : options) {
        nodes += o.length;
      }
      left = new int[nodes];
      right = new int[nodes];
      up = new int[nodes];
      down = new int[nodes];
      item = new int[nodes];
      option = new int[nodes];
      size = new int[items + 1];
      for (int i = 0; i <= items; i++) {
        left[i] = i == 0 ? items : i - 1;
        right[i] = i == items ? 0 : i + 1;
        up[i] = i;
        down[i] = i;
      }
      int node = items + 1;
      for (int t = 0; t < options.size(); t++) {
        int[] o = options.get(t);
        int first = node;
        for (int x = 0; x < o.length; x++, node++) {
          int head = o[x] + 1;
          item[node] = head;
          option[node] = t;
          up[node] = up[head];
          down[node] = head;
          down[up[head]] = node;
          up[head] = node;
          size[head]++;
          left[node] = x == 0 ? first + o.length - 1 : node - 1;
          right[node] = x == o.length - 1 ? first : node + 1;
        }
      }
    }

    /** Returns the options of an exact cover, or null when there is none or the budget or deadline ran out. */
    List<Integer> solve(long budget, long deadline) {
      this.budget = budget;
      this.deadline = deadline;
      return search() ? solution : null;
    }

    private boolean search() {
      if (right[0] == 0) {
        return true;
      }
      if (--budget < 0 || (budget & 1023) == 0 && Pulse.now() - deadline >= 0) {
        budget = -1;
        return false;
      }
      int best = right[0];
      for (int i = right[best]; i != 0; i = right[i]) {
        if (size[i] < size[best]) {
          best = i;
        }
      }
      cover(best);
      for (int node = down[best]; node != best && budget >= 0; node = down[node]) {
        int k = kind[option[node]];
        if (chosen[k] == cap[k]) {
          continue;
        }
        chosen[k]++;
        solution.add(option[node]);
        for (int j = right[node]; j != node; j = right[j]) {
          cover(item[j]);
        }
        if (search()) {
          return true;
        }
        for (int j = left[node]; j != node; j = left[j]) {
          uncover(item[j]);
        }
        solution.remove(solution.size() - 1);
        chosen[k]--;
      }
      uncover(best);
      return false;
    }

    private void cover(int i) {
      right[left[i]] = right[i];
      left[right[i]] = left[i];
      for (int row = down[i]; row != i; row = down[row]) {
        for (int j = right[row]; j != row; j = right[j]) {
          up[down[j]] = up[j];
          down[up[j]] = down[j];
          size[item[j]]--;
        }
      }
    }

    private void uncover(int i) {
      for (int row = up[i]; row != i; row = up[row]) {
        for (int j = left[row]; j != row; j = left[j]) {
          size[item[j]]++;
          up[down[j]] = j;
          down[up[j]] = j;
        }
      }
      right[left[i]] = i;
      left[right[i]] = i;
    }
  }
}
