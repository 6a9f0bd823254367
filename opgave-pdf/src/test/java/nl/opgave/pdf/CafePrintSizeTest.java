package nl.opgave.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import nl.opgave.pdf.PrintOptions.Part;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CafePrintSizeTest {
  private static RotationPlan plan(int participants, int tables, int rounds) {
    List<Participant> people = new ArrayList<>();
    for (int i = 1; i <= participants; i++) {
      people.add(Participant.of("p" + i));
    }
    List<Table> list = new ArrayList<>();
    for (int t = 1; t <= tables; t++) {
      list.add(Table.builder().number(t).build());
    }
    return RotationPlanner.plan(RotationRequest.builder().participants(people).tables(list).rounds(rounds).seed(1)
        .iterationLimit(1).build());
  }

  @Test
  void checkSize_acceptsTheMaximumAndRefusesOneMore_namingTheSizeAndTheMaximum() {
    CafePrint.checkSize(CafePrint.MAX_SIZE / 2, 1);
    CafePrint.checkSize(CafePrint.MAX_SIZE / 5, 4);
    CafePrint.checkSize(0, 100);

    assertThatThrownBy(() -> CafePrint.checkSize(CafePrint.MAX_SIZE / 2 + 1, 1))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          ProblemMessage problem = e.details().get(0);
          assertThat(problem.code()).isEqualTo(ProblemCode.PRINT_TOO_LARGE);
          assertThat(problem.arguments()).containsExactly("10001", "1", "20002", "20000");
          assertThat(problem.message(Locale.ENGLISH)).startsWith("print: 10001 participants in 1 rounds make 20002 ")
              .contains("maximum of 20000 (participants × (rounds + 1))").doesNotContain("\n");
          assertThat(problem.message(Locale.forLanguageTag("nl"))).contains("10001 deelnemers", "maximum van 20000")
              .doesNotContain("\n");
        });
    assertThatThrownBy(() -> CafePrint.checkSize(100_000, 100)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("10100000").hasMessageContaining("20000");
    assertThatThrownBy(() -> CafePrint.checkSize(Integer.MAX_VALUE, Integer.MAX_VALUE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("4611686016279904256");
    assertThatThrownBy(() -> CafePrint.checkSize(-1, 2)).isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InvalidValueException.class);
  }

  @Test
  void pdf_refusesAPlanOneOverTheMaximum_throughTheSameCheck() {
    RotationPlan plan = plan(CafePrint.MAX_SIZE / 3 + 1, 100, 2);

    assertThatThrownBy(() -> CafePrint.pdf(plan, PrintOptions.DUTCH.withParts(Part.WALL_PLAN)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.details())
            .extracting(ProblemMessage::code).containsExactly(ProblemCode.PRINT_TOO_LARGE));
  }

  @Test
  void pdf_printsAHundredRounds_whoseWallPlanColumnsAreNarrowerThanTheirPadding() throws IOException {
    RotationPlan plan = plan(CafePrint.MAX_SIZE / 101, 5, 100);

    byte[] pdf = CafePrint.pdf(plan, PrintOptions.DUTCH);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Ronde 100", "Wandplan");
    }
  }

  @Test
  void pdf_printsAPlanJustAtTheMaximum() throws IOException {
    int people = CafePrint.MAX_SIZE / 2;
    RotationPlan plan = plan(people, 250, 1);

    byte[] pdf = CafePrint.pdf(plan, PrintOptions.DUTCH);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int routeSheets = (people + 7) / 8;
      assertThat(doc.getNumberOfPages()).isGreaterThan(250 + routeSheets);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(doc.getNumberOfPages());
      stripper.setEndPage(doc.getNumberOfPages());
      assertThat(stripper.getText(doc)).contains("Wandplan", "Tafel 250");
    }
  }
}
