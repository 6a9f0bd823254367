package nl.opgave.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

final class Fonts {
  static final String REGULAR = "font/DejaVuSans.ttf";
  static final String BOLD = "font/DejaVuSans-Bold.ttf";

  private static final class Files {
    static final byte[] REGULAR_BYTES = read(REGULAR);
    static final byte[] BOLD_BYTES = read(BOLD);
  }

  static final class Face {
    final PDType0Font font;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float scale;
    private final float[] bmp = new float[Character.MAX_VALUE + 1];
    private final Map<Integer, Float> others = new HashMap<>();
    private final GsubWorker gsub;
    private final Map<Integer, List<List<Integer>>> substituted = new HashMap<>();
    private final Map<String, byte[]> encoded = new HashMap<>();

    Face(PDDocument doc, byte[] bytes) throws IOException {
      ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      cmap = ttf.getUnicodeCmapLookup();
      scale = 1000f / ttf.getUnitsPerEm();
      font = PDType0Font.load(doc, ttf, true);
      Arrays.fill(bmp, Float.NaN);
      GsubData data = font.getGsubData();
      gsub = data == GsubData.NO_DATA_FOUND ? null : new GsubWorkerFactory().getGsubWorker(font.getCmapLookup(), data);
      if (gsub != null) {
        for (String feature : data.getSupportedFeatures()) {
          for (List<Integer> key : data.getFeature(feature).getAllGlyphIdsForSubstitution()) {
            if (!key.isEmpty() && !gsub.applyTransforms(key).equals(key)) {
              substituted.computeIfAbsent(key.get(0), k -> new ArrayList<>()).add(key);
            }
          }
        }
      }
    }

    /**
     * Returns the text encoded as PDFBox's showText encodes it (each run between ASCII white space through the font's
     * glyph substitution, which is consulted only for runs that hold one of its patterns) and registers its code
     * points and glyphs for the subset; null for a text with a character the font lacks.
     */
    byte[] encode(String text) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(2 * text.length());
      for (int i = 0; i < text.length(); ) {
        int end = i;
        while (end < text.length() && !space(text.charAt(end))) {
          end++;
        }
        end = Math.max(end, i + 1);
        byte[] run = encoded.get(text.substring(i, end));
        if (run == null) {
          run = encodeRun(text.substring(i, end));
          if (run == null) {
            return null;
          }
        }
        out.write(run);
        i = end;
      }
      return out.toByteArray();
    }

    private byte[] encodeRun(String run) throws IOException {
      byte[] bytes;
      if (gsub == null || run.length() == 1 && Character.isWhitespace(run.charAt(0))) {
        bytes = font.encode(run);
      } else {
        List<Integer> ids = new ArrayList<>();
        for (int j = 0; j < run.length(); ) {
          int cp = run.codePointAt(j);
          int id = cmap.getGlyphId(cp);
          if (id == 0) {
            return null;
          }
          ids.add(id);
          j += Character.charCount(cp);
        }
        List<Integer> shown = substitutes(ids) ? gsub.applyTransforms(ids) : ids;
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 * shown.size());
        for (int id : shown) {
          out.write(font.encodeGlyphId(id));
        }
        font.addGlyphsToSubset(new HashSet<>(shown));
        bytes = out.toByteArray();
      }
      run.codePoints().forEach(font::addToSubset);
      encoded.put(run, bytes);
      return bytes;
    }

    private static boolean space(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private boolean substitutes(List<Integer> ids) {
      for (int i = 0; i < ids.size(); i++) {
        for (List<Integer> key : substituted.getOrDefault(ids.get(i), List.of())) {
          if (i + key.size() <= ids.size() && ids.subList(i, i + key.size()).equals(key)) {
            return true;
          }
        }
      }
      return false;
    }

    boolean has(int codePoint) {
      return cmap.getGlyphId(codePoint) != 0;
    }

    float width(String text, float size) {
      return units(text) * size / 1000f;
    }

    float units(String text) {
      float units = 0;
      for (int i = 0; i < text.length(); ) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) {
          float w = bmp[c];
          if (w != w) {
            w = advance(c);
            bmp[c] = w;
          }
          units += w;
          i++;
          continue;
        }
        int cp = text.codePointAt(i);
        units += others.computeIfAbsent(cp, this::advance);
        i += Character.charCount(cp);
      }
      return units;
    }

    private float advance(int codePoint) {
      try {
        return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * scale;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  final Face regular;
  final Face bold;

  Fonts(PDDocument doc) throws IOException {
    regular = new Face(doc, Files.REGULAR_BYTES);
    bold = new Face(doc, Files.BOLD_BYTES);
  }

  Face face(boolean isBold) {
    return isBold ? bold : regular;
  }

  void check(String where, String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && !(regular.has(cp) && bold.has(cp))) {
        throw new IllegalArgumentException(where + " '" + text + "' has a character the embedded font DejaVu Sans "
            + "cannot print: " + String.format("U+%04X", cp));
      }
    }
  }

  String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
        out.append(' ');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  static byte[] read(String resource) {
    try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is missing from opgave-pdf's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource + ": " + e.getMessage(), e);
    }
  }
}
