package nl.opgave.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.opgave.model.DutchText;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.seed.WorldCafe4Maart;
import nl.opgave.pdf.PrintOptions.Part;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CafePrintTest {
  private static final PrintOptions DUTCH = PrintOptions.DUTCH;
  private static Metrics regular;
  private static Metrics bold;

  record Metrics(TrueTypeFont ttf, float ascent, float descent) {
    float width(String text, float size) throws IOException {
      float units = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        units += ttf.getAdvanceWidth(ttf.getUnicodeCmapLookup().getGlyphId(cp));
        i += Character.charCount(cp);
      }
      return units * size / ttf.getUnitsPerEm();
    }
  }

  @BeforeAll
  static void loadTheFontsMetrics() throws IOException {
    regular = metrics("font/DejaVuSans.ttf");
    bold = metrics("font/DejaVuSans-Bold.ttf");
  }

  private static Metrics metrics(String resource) throws IOException {
    try (InputStream in = CafePrint.class.getResourceAsStream(resource)) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
      float em = ttf.getUnitsPerEm();
      return new Metrics(ttf, ttf.getHorizontalHeader().getAscender() / em,
          -ttf.getHorizontalHeader().getDescender() / em);
    }
  }

  private static RotationPlan seedRotation() {
    return RotationPlanner.plan(WorldCafe4Maart.rotationRequest(4));
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 40).boxed();
  }

  static Stream<Long> manySeeds() {
    return LongStream.rangeClosed(1, 150).boxed();
  }

  // --- what a person reads on each page

  @Test
  void seedCafe_tableCardsListEveryoneAtTheirTableInTheirRoundAndNobodyTwice() {
    checkTableCards(WorldCafe4Maart.sessionPlan(), seedRotation());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedCafe_tableCardsListEveryoneAtTheirTableInTheirRoundAndNobodyTwice(long seed) {
    CafeGenerator.Generated cafe = CafeGenerator.cafe(seed, 60);
    checkTableCards(cafe.session(), cafe.rotation());
  }

  private static void checkTableCards(SessionPlan session, RotationPlan rotation) {
    Printed printed = Printed.of(session, rotation, DUTCH.withParts(Part.TABLE_CARDS));
    Reader reader = new Reader(rotation.request().participants());
    Map<Integer, StringBuilder> byTable = new TreeMap<>();
    int table = 0;
    for (String page : printed.pages()) {
      Matcher band = Pattern.compile("^Tafel (\\d+)( \\(vervolg\\))?").matcher(page.strip());
      assertThat(band.find()).as("page starts with its table: %s", page).isTrue();
      if (band.group(2) == null) {
        table = Integer.parseInt(band.group(1));
        assertThat(byTable).as("table %d gets its own page", table).doesNotContainKey(table);
        byTable.put(table, new StringBuilder());
      } else {
        assertThat(Integer.parseInt(band.group(1))).isEqualTo(table);
      }
      byTable.get(table).append(page).append('\n');
    }
    assertThat(byTable.keySet()).containsExactlyElementsOf(
        rotation.request().tables().stream().map(Table::number).sorted().collect(Collectors.toList()));
    for (Table t : rotation.request().tables()) {
      String text = Reader.squeeze(byTable.get(t.number()).toString());
      Matcher round = Pattern.compile("Ronde(\\d+)·\\d\\d:\\d\\d–\\d\\d:\\d\\d·").matcher(text);
      Map<Integer, List<String>> seen = new TreeMap<>();
      int start = -1;
      int number = 0;
      List<String> preamble = null;
      while (round.find()) {
        if (start < 0) {
          preamble = reader.read(text.substring(0, round.start()));
        } else {
          seen.computeIfAbsent(number, k -> new ArrayList<>()).addAll(reader.read(text.substring(start,
              round.start())));
        }
        number = Integer.parseInt(round.group(1));
        start = round.end();
      }
      seen.computeIfAbsent(number, k -> new ArrayList<>()).addAll(reader.read(text.substring(start)));
      assertThat(preamble).as("table %d names its host, once", t.number())
          .containsExactlyElementsOf(t.host().stream().collect(Collectors.toList()));
      for (int r = 1; r <= rotation.request().rounds(); r++) {
        List<String> expected = new ArrayList<>(rotation.roster(r).get(t.number()));
        t.host().ifPresent(expected::remove);
        assertThat(seen.getOrDefault(r, List.of())).as("table %d, round %d", t.number(), r)
            .containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  @Test
  void aTableTooFullForOnePage_continuesOnTheNextWithEveryoneInTheirRound() {
    CafeGenerator.Generated cafe = CafeGenerator.sized(1, 70, 4);
    Printed printed = Printed.of(cafe.session(), cafe.rotation(), DUTCH.withParts(Part.TABLE_CARDS));
    assertThat(printed.pages()).hasSizeGreaterThan(1);
    assertThat(printed.pages().get(1)).startsWith("Tafel 1 (vervolg)");
    checkTableCards(cafe.session(), cafe.rotation());
  }

  @Test
  void aWallPlanTooBigForOneSheet_continuesWithEveryRowOnce() {
    CafeGenerator.Generated cafe = CafeGenerator.sized(40, 320, 4);
    Printed printed = Printed.of(cafe.session(), cafe.rotation(), DUTCH.withParts(Part.WALL_PLAN));
    assertThat(printed.pages()).hasSizeGreaterThan(1);
    assertThat(printed.pages().get(1)).contains("(2/" + printed.pages().size() + ")");
    checkWallPlan(cafe.session(), cafe.rotation());
  }

  @Test
  void seedCafe_routeCardsShowEachPersonsTablesInOrderOnce() {
    checkRouteCards(WorldCafe4Maart.sessionPlan(), seedRotation());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedCafe_routeCardsShowEachPersonsTablesInOrderOnce(long seed) {
    CafeGenerator.Generated cafe = CafeGenerator.cafe(seed, 60);
    checkRouteCards(cafe.session(), cafe.rotation());
  }

  private static void checkRouteCards(SessionPlan session, RotationPlan rotation) {
    Printed printed = Printed.of(session, rotation, DUTCH.withParts(Part.ROUTE_CARDS));
    List<Participant> people = new ArrayList<>(rotation.request().participants());
    people.sort((a, b) -> DutchText.order().compare(a.displayName(), b.displayName()));
    assertThat(printed.pages()).hasSize((people.size() + 7) / 8);
    Reader reader = new Reader(people);
    for (int page = 0; page < printed.pages().size(); page++) {
      String text = Reader.squeeze(printed.pages().get(page));
      List<Reader.Hit> hits = reader.hits(text);
      List<Participant> expected = people.subList(8 * page, Math.min(8 * page + 8, people.size()));
      assertThat(hits.stream().map(Reader.Hit::id)).as("page %d", page + 1)
          .containsExactlyElementsOf(expected.stream().map(Participant::id).collect(Collectors.toList()));
      for (int i = 0; i < hits.size(); i++) {
        String card = text.substring(hits.get(i).end(), i + 1 < hits.size() ? hits.get(i + 1).start() : text.length());
        List<String> route = new ArrayList<>();
        Matcher stop = Pattern.compile("Tafel(\\d+)|afwezig").matcher(card);
        while (stop.find()) {
          route.add(stop.group(1) == null ? "-" : stop.group(1));
        }
        List<String> planned = new ArrayList<>();
        for (int r = 1; r <= rotation.request().rounds(); r++) {
          OptionalInt t = rotation.table(hits.get(i).id(), r);
          planned.add(t.isPresent() ? Integer.toString(t.getAsInt()) : "-");
        }
        assertThat(route).as("route of %s", hits.get(i).id()).isEqualTo(planned);
      }
    }
  }

  @Test
  void seedCafe_wallPlanShowsEveryoneAtTheirTableEachRoundAndMarksHosts() {
    checkWallPlan(WorldCafe4Maart.sessionPlan(), seedRotation());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedCafe_wallPlanShowsEveryoneAtTheirTableEachRoundAndMarksHosts(long seed) {
    CafeGenerator.Generated cafe = CafeGenerator.cafe(seed, 60);
    checkWallPlan(cafe.session(), cafe.rotation());
  }

  private static void checkWallPlan(SessionPlan session, RotationPlan rotation) {
    Printed printed = Printed.of(session, rotation, DUTCH.withParts(Part.WALL_PLAN));
    Reader reader = new Reader(rotation.request().participants());
    Map<Integer, List<String>> seen = new TreeMap<>();
    Map<Integer, String> rows = new TreeMap<>();
    for (String page : printed.pages()) {
      String text = Reader.squeeze(page);
      Matcher row = Pattern.compile("Tafel(\\d+)(?!\\d)").matcher(text);
      List<int[]> starts = new ArrayList<>();
      while (row.find()) {
        starts.add(new int[] {Integer.parseInt(row.group(1)), row.start()});
      }
      for (int i = 0; i < starts.size(); i++) {
        String cells = text.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[1] : text.length());
        assertThat(seen).as("table %d has one row", starts.get(i)[0]).doesNotContainKey(starts.get(i)[0]);
        seen.put(starts.get(i)[0], reader.read(cells));
        rows.put(starts.get(i)[0], cells);
      }
    }
    for (Table t : rotation.request().tables()) {
      List<String> expected = new ArrayList<>();
      for (int r = 1; r <= rotation.request().rounds(); r++) {
        expected.addAll(rotation.roster(r).get(t.number()));
      }
      assertThat(seen.get(t.number())).as("table %d", t.number()).containsExactlyInAnyOrderElementsOf(expected);
      t.host().ifPresent(host -> {
        String marked = "★" + Reader.squeeze(rotation.request().participant(host).orElseThrow().displayName());
        assertThat(rows.get(t.number()).split(Pattern.quote(marked), -1)).as("host of table %d marked each round",
            t.number()).hasSize(rotation.request().rounds() + 1);
      });
    }
  }

  // --- pages as paper

  @Test
  void seedCafe_pagesAreA4AndA3AndNoneIsBlank() throws IOException {
    byte[] pdf = CafePrint.pdf(WorldCafe4Maart.sessionPlan(), seedRotation(), DUTCH);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(6 + 5 + 1);
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        PDRectangle size = doc.getPage(p).getMediaBox();
        if (p < 11) {
          assertThat(size.getWidth()).as("page %d width", p + 1).isCloseTo(PDRectangle.A4.getWidth(), within());
          assertThat(size.getHeight()).as("page %d height", p + 1).isCloseTo(PDRectangle.A4.getHeight(), within());
        } else {
          assertThat(size.getWidth()).as("wall plan width").isCloseTo(PDRectangle.A3.getHeight(), within());
          assertThat(size.getHeight()).as("wall plan height").isCloseTo(PDRectangle.A3.getWidth(), within());
        }
        BufferedImage image = renderer.renderImageWithDPI(p, 36);
        assertThat(inked(image)).as("share of inked pixels on page %d", p + 1).isGreaterThan(0.02);
      }
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(0.5f);
  }

  static double inked(BufferedImage image) {
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if ((rgb >> 16 & 0xff) < 200 || (rgb >> 8 & 0xff) < 200 || (rgb & 0xff) < 200) {
          inked++;
        }
      }
    }
    return (double) inked / ((long) image.getWidth() * image.getHeight());
  }

  @Test
  void inked_isZeroForABlankPage() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      assertThat(inked(new PDFRenderer(doc).renderImageWithDPI(0, 36))).isZero();
    }
  }

  // --- Dutch text

  @Test
  void dutchNames_areSetInTheEmbeddedFontAndReadBackAsWritten() throws IOException {
    RotationPlan rotation = seedRotation();
    byte[] pdf = CafePrint.pdf(WorldCafe4Maart.sessionPlan(), rotation, DUTCH);
    String all = String.join("\n", Printed.text(pdf));
    assertThat(all).contains("Marianne Witlox-van den IJssel", "Lisette van 't Veer", "Pieter IJzerman",
        "Vera Eijsvogel", "Kloof tussen topmanagement en werkvloer", "11:41–11:56");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
        }
      }
    }
  }

  @Test
  void accentsAndTheIjLigature_readBackAsWritten() {
    RotationPlan rotation = CafeGenerator.cafe(7, 60).rotation();
    List<Participant> people = new ArrayList<>(rotation.request().participants());
    String[] names = {"Ĳsbrand Öztürk", "Zoë d'Ancona", "François van 't Hek", "Anaïs Çelik-IJzerman"};
    for (int i = 0; i < names.length; i++) {
      people.set(i, Participant.builder().from(people.get(i)).name(names[i]).build());
    }
    RotationPlan renamed = RotationPlan.builder().from(rotation)
        .request(nl.opgave.model.cafe.RotationRequest.builder().from(rotation.request()).participants(people).build())
        .build();
    String all = String.join("\n", Printed.text(CafePrint.pdf(renamed, DUTCH.withParts(Part.ROUTE_CARDS))));
    assertThat(all).contains(names);
  }

  @Test
  void aCharacterTheFontLacks_isRefusedNamingPersonAndCharacter() {
    RotationPlan rotation = seedRotation();
    List<Participant> people = new ArrayList<>(rotation.request().participants());
    people.set(7, Participant.builder().from(people.get(7)).name("Joyce 大山").build());
    RotationPlan renamed = RotationPlan.builder().from(rotation)
        .request(nl.opgave.model.cafe.RotationRequest.builder().from(rotation.request()).participants(people).build())
        .build();
    assertThatThrownBy(() -> CafePrint.pdf(renamed, DUTCH)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participant joyce-otten: name 'Joyce 大山' has a character the embedded font DejaVu Sans cannot "
            + "print: U+5927");
  }

  // --- boxes

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("manySeeds")
  void namesUpTo60Characters_neverOverflowTheirBox(long seed) throws IOException {
    CafeGenerator.Generated cafe = CafeGenerator.cafe(seed, 60);
    Printed printed = Printed.of(seed % 3 == 0 ? Optional.empty() : Optional.of(cafe.session()), cafe.rotation(),
        DUTCH.withLanguage(seed % 2 == 0 ? Locale.ENGLISH : DutchText.DUTCH));
    assertThat(printed.placed()).isNotEmpty();
    assertThat(overflows(printed.placed())).isEmpty();
    String all = Reader.squeeze(String.join("", printed.pages()));
    for (Participant p : cafe.rotation().request().participants()) {
      assertThat(all).as("the whole name of %s is printed", p.id()).contains(Reader.squeeze(p.displayName()));
    }
  }

  @Test
  void aHostNameOfHundredsOfCharacters_isShortenedNotDroppedAndStaysInItsBox() throws IOException {
    RotationPlan rotation = seedRotation();
    List<Participant> people = new ArrayList<>(rotation.request().participants());
    String name = "Jos" + " van der Ploeg-Witlox".repeat(14);
    people.set(0, Participant.builder().from(people.get(0)).name(name).build());
    RotationPlan renamed = RotationPlan.builder().from(rotation)
        .request(nl.opgave.model.cafe.RotationRequest.builder().from(rotation.request()).participants(people).build())
        .build();
    Printed printed = Printed.of(WorldCafe4Maart.sessionPlan(), renamed, DUTCH.withParts(Part.TABLE_CARDS));
    assertThat(overflows(printed.placed())).isEmpty();
    assertThat(printed.pages().get(0)).contains("Tafelhost\nJos van der Ploeg-Witlox van der").contains("…");
  }

  @Test
  void overflowCheck_catchesALineWiderOrTallerThanItsBox() throws IOException {
    Canvas.Box box = new Canvas.Box(100, 100, 50, 20);
    Canvas.Placed wide = new Canvas.Placed(0, "Marianne Witlox-van den IJssel", false, 10, 100, 105, box);
    Canvas.Placed low = new Canvas.Placed(0, "IJ", false, 10, 100, 100.5f, box);
    Canvas.Placed fits = new Canvas.Placed(0, "IJ", true, 10, 100, 105, box);
    assertThat(overflows(List.of(wide, low, fits))).hasSize(2);
  }

  static List<String> overflows(List<Canvas.Placed> placed) throws IOException {
    List<String> problems = new ArrayList<>();
    float eps = 0.01f;
    for (Canvas.Placed line : placed) {
      Metrics m = line.bold() ? bold : regular;
      float width = m.width(line.text(), line.size());
      Canvas.Box box = line.box();
      if (line.x() < box.x() - eps || line.x() + width > box.right() + eps
          || line.baseline() + m.ascent() * line.size() > box.top() + eps
          || line.baseline() - m.descent() * line.size() < box.y() - eps) {
        problems.add("page " + (line.page() + 1) + ": '" + line.text() + "' (" + width + " wide at " + line.x() + ","
            + line.baseline() + ") leaves " + box);
      }
    }
    return problems;
  }

  // --- options and preconditions

  @Test
  void english_labelsTablesAndRoundsInEnglish() {
    Printed printed = Printed.of(WorldCafe4Maart.sessionPlan(), seedRotation(), DUTCH.withLanguage(Locale.ENGLISH));
    assertThat(printed.pages().get(0)).startsWith("Table 1").contains("white", "Host", "Round 1 · 11:41–11:56");
    assertThat(printed.pages().get(printed.pages().size() - 1)).startsWith("Wall plan");
  }

  @Test
  void parts_printOnlyWhatIsAskedFor() {
    Printed cards = Printed.of(WorldCafe4Maart.sessionPlan(), seedRotation(), DUTCH.withParts(Part.ROUTE_CARDS));
    assertThat(cards.pages()).hasSize(5);
    Printed wall = Printed.of(WorldCafe4Maart.sessionPlan(), seedRotation(), DUTCH.withParts(Part.WALL_PLAN));
    assertThat(wall.pages()).hasSize(1);
    assertThatThrownBy(() -> DUTCH.withParts()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts must name at least one part, but was empty");
  }

  @Test
  void aRotationOfAnotherSession_isRefusedNamingWhatDiffers() {
    CafeGenerator.Generated other = CafeGenerator.cafe(3, 20);
    SessionPlan seed = WorldCafe4Maart.sessionPlan();
    assertThatThrownBy(() -> CafePrint.pdf(seed, other.rotation(), DUTCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rotation has ").hasMessageContaining("session plan '" + seed.title() + "'");
  }
}
