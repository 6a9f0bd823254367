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
        .contains("Routekaart")
        .contains("★ Jos van der Ploeg")
        .doesNotContain("'duinsafari'").contains("'Duinsafari voor iedere jongere in Den Haag'");
    assertThat(page.dom).contains("<svg");
    assertThat(Files.readString(html)).contains("@media print{@page{size:A4");
  }

  /** Measures the page in Chromium: table headers on one line, doelenboom labels at least 12 px at 100% zoom. */
  private static final String MEASURE = String.join("\n", "<script>",
      "const out = [];",
      "document.querySelectorAll('th').forEach(th => {",
      "  const s = getComputedStyle(th);",
      "  const line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.4;",
      "  const h = th.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom);",
      "  if (h > line * 1.5) out.push('wrapped header: ' + th.textContent);",
      "});",
      "document.querySelectorAll('svg text').forEach(t => {",
      "  const svg = t.ownerSVGElement;",
      "  const px = parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width",
      "      / svg.viewBox.baseVal.width;",
      "  if (px < 12) out.push('label at ' + px.toFixed(1) + ' px: ' + t.textContent);",
      "});",
      "const pre = document.createElement('pre');",
      "pre.textContent = 'CHECKS[' + out.join(' | ') + ']';",
      "document.body.appendChild(pre);",
      "</script>");

  @Test
  void demoPage_hasOneLineTableHeadersAndDoelenboomLabelsOfAtLeast12Px(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("demo", "--out", dir.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    String html = Files.readString(dir.resolve("opgavebeweging.html"));
    Path measured = dir.resolve("measured.html");
    Files.writeString(measured, html.replace("</body>", MEASURE + "</body>"));
    assertThat(HeadlessChromium.load(measured.toUri()).text()).contains("CHECKS[]");

    Path broken = dir.resolve("broken.html");
    Files.writeString(broken, html.replace("</body>", "<table><tr><th style=\"width:3rem;white-space:normal\">"
        + "Een kop die afbreekt</th></tr></table><svg viewBox=\"0 0 1000 100\" width=\"100\" font-size=\"14\">"
        + "<text y=\"50\">klein</text></svg>" + MEASURE + "</body>"));
    assertThat(HeadlessChromium.load(broken.toUri()).text())
        .contains("CHECKS[wrapped header: Een kop die afbreekt | label at 1.4 px: klein]");
  }
}
