package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.opgave.examples.browser.HeadlessChromium;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoOutTest {
  @Test
  void demoOut_writesEveryFileAndThePageOpensInABrowserWithoutErrors(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("demo", "--out", dir.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(dir.resolve("community.json")).content().contains("\"format\": \"opgave.community\"");
    assertThat(dir.resolve("opgavebeweging.ics")).content().startsWith("BEGIN:VCALENDAR\r\n");
    assertThat(dir.resolve("tafelrotatie-per-tafel.csv")).content().contains("Jos van der Ploeg");
    assertThat(dir.resolve("tafelrotatie-per-persoon.csv")).content().contains("Jos van der Ploeg");
    assertThat(dir.resolve("tafelrotatie.json")).content().contains("\"format\": \"opgave.rotation-plan\"");
    assertThat(dir.resolve("sessieplan.json")).content().contains("\"format\": \"opgave.session-plan\"");
    assertThat(dir.resolve("doelenboom.mmd")).content().startsWith("flowchart");
    assertThat(dir.resolve("doelenboom.json")).content().contains("\"format\": \"opgave.doelenboom\"");
    assertThat(dir.resolve("groene-cirkel.json")).content().contains("\"format\": \"opgave.groene-cirkel\"");
    assertThat(dir.resolve("doelenboom.dot")).content().contains("digraph");
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("world-cafe.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(6 + 5 + 1);
      assertThat(new PDFTextStripper().getText(pdf)).contains("Tafelhost", "Jos van der Ploeg", "Wandplan");
    }
    Path html = dir.resolve("opgavebeweging.html");
    assertThat(Files.size(html)).isGreaterThan(10_000);
    assertThat(Files.readString(html)).doesNotContain("<script src").doesNotContain("<link ");

    HeadlessChromium.Page page = HeadlessChromium.load(html.toUri());
    assertThat(page.errors()).isEmpty();
    assertThat(page.text())
        .contains("Programma")
        .contains("Ronde 1: verhelderen").contains("Ronde 3: concretiseren")
        .contains("Reisroutes")
        .contains("Kinderen worden gezonder (minder obesitas)")
        .contains("Routekaart");
    assertThat(page.dom).contains("<svg");
  }
}
