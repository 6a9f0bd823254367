package nl.opgave.workshop.rotation;

import java.util.Arrays;
import nl.opgave.model.cafe.RotationStatistics;

/** Statistics of a seating, computed from scratch (sorted contact lists, no meetings matrix). */
final class Evaluation {
  private Evaluation() {}

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  static RotationStatistics statistics(Problem pb, int[] seats) {
    int n = pb.n;
    int tables = pb.tableCount;
    int rounds = pb.rounds;
    int[] size = new int[rounds * tables + 1];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        int t = seats[r * n + p];
        if (t >= 0) {
          size[r * tables + t + 1]++;
        }
      }
    }
    for (int i = 1; i < size.length; i++) {
      size[i] += size[i - 1];
    }
    int[] start = size.clone();
    int[] list = new int[size[size.length - 1]];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < n; p++) {
        int t = seats[r * n + p];
        if (t >= 0) {
          list[start[r * tables + t]++] = p;
        }
      }
    }
    long repeats = 0;
    long distinctSum = 0;
    long repeatedRuns = 0;
    int maxRun = 0;
    int minContacts = Integer.MAX_VALUE;
    int maxContacts = 0;
    long attending = 0;
    int[] buffer = new int[16];
    for (int p = 0; p < n; p++) {
      int length = 0;
      boolean attends = false;
      for (int r = 0; r < rounds; r++) {
        int t = seats[r * n + p];
        if (t < 0) {
          continue;
        }
        attends = true;
        int from = size[r * tables + t];
        int to = size[r * tables + t + 1];
        if (length + to - from > buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + to - from));
        }
        for (int i = from; i < to; i++) {
          if (list[i] != p) {
            buffer[length++] = list[i];
          }
        }
      }
      if (!attends) {
        continue;
      }
      attending++;
      Arrays.sort(buffer, 0, length);
      int distinct = 0;
      for (int i = 0; i < length; ) {
        int j = i;
        while (j < length && buffer[j] == buffer[i]) {
          j++;
        }
        distinct++;
        if (!contains(pb.together[p], buffer[i])) {
          repeats += j - i - 1;
          if (j - i >= 2) {
            repeatedRuns++;
          }
          maxRun = Math.max(maxRun, j - i);
        } else {
          maxRun = Math.max(maxRun, 1);
        }
        i = j;
      }
      distinctSum += distinct;
      minContacts = Math.min(minContacts, distinct);
      maxContacts = Math.max(maxContacts, distinct);
    }
    int questions = Math.max(1, pb.vraagstukCount);
    int[] visits = new int[n * questions];
    long vraag = 0;
    long colleagues = 0;
    for (int r = 0; r < rounds; r++) {
      for (int t = 0; t < tables; t++) {
        int from = size[r * tables + t];
        int to = size[r * tables + t + 1];
        for (int i = from; i < to; i++) {
          int x = list[i];
          for (int j = i + 1; j < to; j++) {
            if (pb.org[x] >= 0 && pb.org[x] == pb.org[list[j]]) {
              colleagues++;
            }
          }
          int v = pb.vraagstuk[t];
          if (v >= 0 && pb.vraagstukCap[x] != Integer.MAX_VALUE
              && ++visits[x * questions + v] > pb.vraagstukCap[x]) {
            vraag++;
          }
        }
      }
    }
    long apart = 0;
    long together = 0;
    long changed = 0;
    for (int r = 0; r < rounds; r++) {
      int base = r * n;
      for (int p = 0; p < n; p++) {
        int s = seats[base + p];
        if (s < 0) {
          continue;
        }
        for (int z : pb.apart[p]) {
          if (z > p && seats[base + z] == s) {
            apart++;
          }
        }
        for (int z : pb.together[p]) {
          if (z > p && seats[base + z] >= 0 && seats[base + z] != s) {
            together++;
          }
        }
        if (pb.reference != null && r >= pb.frozenRounds && pb.reference[base + p] >= 0
            && pb.reference[base + p] != s) {
          changed++;
        }
      }
    }
    return RotationStatistics.builder()
        .repeats(repeats / 2)
        .repeatedPairs(repeatedRuns / 2)
        .maxMeetings(maxRun)
        .vraagstukRepeats(vraag)
        .colleagueMeetings(colleagues)
        .keepApartBroken(apart)
        .keepTogetherBroken(together)
        .minContacts(attending == 0 ? 0 : minContacts)
        .meanContacts(attending == 0 ? 0 : (double) distinctSum / attending)
        .maxContacts(maxContacts)
        .seatsChanged(changed)
        .build();
  }
}
