package nl.opgave.pdf;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.opgave.model.DutchText;

record Colour(float red, float green, float blue) {
  static final Colour BLACK = new Colour(0.1f, 0.1f, 0.1f);
  static final Colour GREY = new Colour(0.38f, 0.38f, 0.38f);
  static final Colour LINE = new Colour(0.55f, 0.55f, 0.55f);
  static final Colour WHITE = new Colour(1f, 1f, 1f);
  static final Colour NONE = new Colour(0.85f, 0.85f, 0.85f);

  private static final Map<String, Colour> NAMED = Map.ofEntries(
      Map.entry("wit", WHITE), Map.entry("white", WHITE),
      Map.entry("blauw", rgb(0x1f5fa8)), Map.entry("blue", rgb(0x1f5fa8)),
      Map.entry("rood", rgb(0xc0392b)), Map.entry("red", rgb(0xc0392b)),
      Map.entry("groen", rgb(0x2e8b57)), Map.entry("green", rgb(0x2e8b57)),
      Map.entry("geel", rgb(0xf2c511)), Map.entry("yellow", rgb(0xf2c511)),
      Map.entry("oranje", rgb(0xe67e22)), Map.entry("orange", rgb(0xe67e22)),
      Map.entry("paars", rgb(0x7d3c98)), Map.entry("purple", rgb(0x7d3c98)),
      Map.entry("roze", rgb(0xe07bb0)), Map.entry("pink", rgb(0xe07bb0)),
      Map.entry("grijs", rgb(0x95a5a6)), Map.entry("grey", rgb(0x95a5a6)), Map.entry("gray", rgb(0x95a5a6)),
      Map.entry("zwart", rgb(0x222222)), Map.entry("black", rgb(0x222222)),
      Map.entry("bruin", rgb(0x8d5524)), Map.entry("brown", rgb(0x8d5524)));

  private static final Colour[] PALETTE = {rgb(0x1f5fa8), rgb(0xe67e22), rgb(0x2e8b57), rgb(0xc0392b), rgb(0x7d3c98),
      rgb(0xf2c511), rgb(0x16a085), rgb(0x8d5524)};

  static Colour rgb(int rgb) {
    return new Colour((rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f);
  }

  static Colour of(OptionalInt side, Optional<String> name) {
    if (side.isEmpty()) {
      return NONE;
    }
    Colour named = name.map(n -> NAMED.get(DutchText.fold(n).strip())).orElse(null);
    return named != null ? named : PALETTE[(side.getAsInt() - 1) % PALETTE.length];
  }

  Colour tint(float amount) {
    return new Colour(red + (1 - red) * amount, green + (1 - green) * amount, blue + (1 - blue) * amount);
  }

  boolean light() {
    return 0.2126f * red + 0.7152f * green + 0.0722f * blue > 0.6f;
  }

  Colour ink() {
    return light() ? BLACK : WHITE;
  }
}
