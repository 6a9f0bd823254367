package nl.opgave.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The face's own encoding writes what PDFBox's showText writes: the same operators, glyphs and font subset. */
class EncodingTest {
  private static final String[] PIECES = {"f", "fi", "fl", "ff", "ffi", "ffl", "i", "l", "a", "I", "J", "IJ", "ĳ",
      "Ĳ", "é", "ë", "ü", "ç", "ø", "'", "’", "-", "·", "…", "★", "–", "0", "7", " ", "  ", "van ", "de ", "Koç",
      "Çelik", "Ørsted", "Stefi", "Raffles", "Olaf", "y", "ß", "Æ", "(", ")", "\\", "Tafel 12 · wit"};

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 60).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void encode_writesWhatShowTextWrites_forRandomNamesWithLigaturesAndAccents(long seed) throws IOException {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = 1 + random.nextInt(8); n > 0; n--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(text.toString());
    }
    Written byPdfBox = write(texts, false);
    Written byFace = write(texts, true);

    assertThat(byFace.content()).isEqualTo(byPdfBox.content());
    assertThat(byFace.fonts()).isEqualTo(byPdfBox.fonts());
  }

  private record Written(String content, List<String> fonts) {}

  @SuppressWarnings("deprecation")
  private static Written write(List<String> texts, boolean ownEncoding) throws IOException {
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      Fonts fonts = new Fonts(doc);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE,
          false)) {
        for (int i = 0; i < texts.size(); i++) {
          Fonts.Face face = fonts.face(i % 3 == 0);
          stream.beginText();
          stream.setFont(face.font, 10);
          if (ownEncoding) {
            stream.appendRawCommands(Canvas.showing(face.encode(texts.get(i))));
          } else {
            stream.showText(texts.get(i));
          }
          stream.endText();
        }
      }
      doc.save(saved);
    }
    try (PDDocument doc = Loader.loadPDF(saved.toByteArray())) {
      PDPage page = doc.getPage(0);
      String content;
      try (InputStream in = page.getContents()) {
        content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      List<String> fonts = new ArrayList<>();
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        PDType0Font font = (PDType0Font) resources.getFont(name);
        try (InputStream in = font.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream()) {
          fonts.add(name.getName() + " " + font.getName() + " " + java.util.Arrays.hashCode(in.readAllBytes()));
        }
      }
      return new Written(content, fonts);
    }
  }
}
