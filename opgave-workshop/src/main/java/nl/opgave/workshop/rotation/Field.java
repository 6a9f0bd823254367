package nl.opgave.workshop.rotation;

/** The finite field GF(p^e) on the integers 0..q-1 (base-p digits are polynomial coefficients). */
final class Field {
  private static final int MAX_ORDER = 1 << 16;

  final int order;
  private final int p;
  private final int e;
  private final int[] modulus;

  private Field(int p, int e, int[] modulus) {
    this.p = p;
    this.e = e;
    this.modulus = modulus;
    int q = 1;
    for (int i = 0; i < e; i++) {
      q *= p;
    }
    order = q;
  }

  /** Returns GF(q), or null when q is not a prime power or too large. */
  static Field of(int q) {
    if (q < 2 || q > MAX_ORDER) {
      return null;
    }
    int p = 2;
    while (q % p != 0) {
      p++;
    }
    int e = 0;
    int rest = q;
    while (rest % p == 0) {
      rest /= p;
      e++;
    }
    if (rest != 1) {
      return null;
    }
    return new Field(p, e, e == 1 ? null : irreducible(p, e));
  }

  int add(int x, int y) {
    if (e == 1) {
      return (x + y) % p;
    }
    int result = 0;
    int scale = 1;
    for (int i = 0; i < e; i++) {
      result += ((x % p + y % p) % p) * scale;
      x /= p;
      y /= p;
      scale *= p;
    }
    return result;
  }

  int characteristic() {
    return p;
  }

  /** Returns the powers 1, g, g^2, ..., g^(q-2) of a primitive element g. */
  int[] powers() {
    int[] power = new int[order - 1];
    for (int g = 2; g < order || order == 2; g++) {
      power[0] = 1;
      int i = 1;
      int x = order == 2 ? 1 : g;
      while (x != 1 && i < order - 1) {
        power[i++] = x;
        x = multiply(x, g);
      }
      if (x == 1 && i == order - 1) {
        return power;
      }
    }
    throw new IllegalStateException("GF(" + order + ") has no primitive element");
  }

  int negate(int x) {
    int result = 0;
    int scale = 1;
    for (int i = 0; i < e; i++) {
      result += (p - x % p) % p * scale;
      x /= p;
      scale *= p;
    }
    return result;
  }

  int multiply(int x, int y) {
    if (e == 1) {
      return (int) ((long) x * y % p);
    }
    int[] a = digits(x);
    int[] b = digits(y);
    int[] product = new int[2 * e - 1];
    for (int i = 0; i < e; i++) {
      for (int j = 0; j < e; j++) {
        product[i + j] = (product[i + j] + a[i] * b[j]) % p;
      }
    }
    for (int d = 2 * e - 2; d >= e; d--) {
      int c = product[d];
      if (c != 0) {
        for (int i = 0; i < e; i++) {
          product[d - e + i] = Math.floorMod(product[d - e + i] - c * modulus[i], p);
        }
        product[d] = 0;
      }
    }
    int result = 0;
    for (int i = e - 1; i >= 0; i--) {
      result = result * p + product[i];
    }
    return result;
  }

  private int[] digits(int x) {
    int[] d = new int[e];
    for (int i = 0; i < e; i++) {
      d[i] = x % p;
      x /= p;
    }
    return d;
  }

  /** Returns the low coefficients of a monic irreducible polynomial of degree e over GF(p). */
  private static int[] irreducible(int p, int e) {
    int count = 1;
    for (int i = 0; i < e; i++) {
      count *= p;
    }
    for (int code = 0; code < count; code++) {
      int[] f = new int[e + 1];
      int c = code;
      for (int i = 0; i < e; i++) {
        f[i] = c % p;
        c /= p;
      }
      f[e] = 1;
      if (f[0] != 0 && isIrreducible(f, p)) {
        int[] low = new int[e];
        System.arraycopy(f, 0, low, 0, e);
        return low;
      }
    }
    throw new IllegalStateException("no irreducible polynomial of degree " + e + " over GF(" + p + ")");
  }

  private static boolean isIrreducible(int[] f, int p) {
    int e = f.length - 1;
    for (int d = 1; d <= e / 2; d++) {
      int count = 1;
      for (int i = 0; i < d; i++) {
        count *= p;
      }
      for (int code = 0; code < count; code++) {
        int[] g = new int[d + 1];
        int c = code;
        for (int i = 0; i < d; i++) {
          g[i] = c % p;
          c /= p;
        }
        g[d] = 1;
        if (divides(g, f, p)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean divides(int[] g, int[] f, int p) {
    int[] rest = f.clone();
    int d = g.length - 1;
    for (int i = rest.length - 1; i >= d; i--) {
      int c = rest[i];
      if (c != 0) {
        for (int j = 0; j <= d; j++) {
          rest[i - d + j] = Math.floorMod(rest[i - d + j] - c * g[j], p);
        }
      }
    }
    for (int i = 0; i < d; i++) {
      if (rest[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
