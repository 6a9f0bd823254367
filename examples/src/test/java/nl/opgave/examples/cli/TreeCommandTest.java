package nl.opgave.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return OpgaveCli.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, content.getBytes(StandardCharsets.UTF_8));
    return path;
  }

  @Test
  void validate_validTreeExitsZeroSayingValidAndListingWarnings() throws IOException {
    Path tree = file("boom.txt", "- Kinderen worden gezonder\n  - Meer bewegen\n    - 10 Speelbossen\n");
    assertThat(run("tree", "validate", tree.toString())).isZero();
    assertThat(out.toString()).startsWith("valid" + System.lineSeparator())
        .contains(tree + ":3:7: project '1.1.1' heeft geen meetbare streefwaarde");
  }

  @Test
  void validate_invalidTreeExitsTwoWithOneLinePerViolation() throws IOException {
    Path tree = file("boom.txt", "- A\n  - B\n- C\n");
    assertThat(run("tree", "validate", tree.toString(), "--lang", "en")).isEqualTo(2);
    assertThat(out.toString().lines()).containsExactly(
        tree + ":2:5: doel '1.1' has no children; every leaf must be a project",
        tree + ":3:3: '2' is a second root; the tree's root is '1'",
        tree + ":3:3: droom '2' has no children; every leaf must be a project");
  }

  @Test
  void validate_readsTheLibrarysJsonDocument() throws IOException {
    Path tree = dir.resolve("boom.json");
    Files.write(tree, nl.opgave.io.OpgaveJson.standard().write(nl.opgave.io.DocumentType.DOELENBOOM,
        nl.opgave.model.seed.DromenVoorDoeners.doelenboom()));
    assertThat(run("tree", "validate", tree.toString())).isZero();
    assertThat(out.toString()).startsWith("valid" + System.lineSeparator());
  }

  @Test
  void validate_reportsJsonProblemsWithTheirPointer() throws IOException {
    Path tree = file("kapot.json", "{\"format\": \"opgave.doelenboom\", \"version\": 1, \"nodes\": 7}");
    assertThat(run("tree", "validate", tree.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("kapot.json:1:").contains("/nodes");
  }

  @Test
  void validate_outlineErrorsNameLineAndColumn() throws IOException {
    Path tree = file("boom.txt", "- A\n\t- B\n");
    assertThat(run("tree", "validate", tree.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly(tree + ":2:1: tabteken; spring in met twee spaties per"
        + " niveau en gebruik geen tabs");
  }

  @Test
  void validate_missingFileIsOneLineAndExitTwo() {
    assertThat(run("tree", "validate", dir.resolve("nergens.txt").toString())).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("fout: bestand niet gevonden: ");
  }

  @Test
  void render_writesMermaidDotAndOutline() throws IOException {
    String outline = "- Zeg \"ja\"\n  - Doel\n    - Project\n";
    Path tree = file("boom.txt", outline);
    assertThat(run("tree", "render", tree.toString(), "--format", "outline")).isZero();
    assertThat(out.toString()).isEqualTo(outline);
    assertThat(run("tree", "render", tree.toString(), "--format", "dot")).isZero();
    assertThat(out.toString()).contains("\"1\" [label=\"Zeg \\\"ja\\\"\"");
    assertThat(run("tree", "render", tree.toString(), "--format", "mermaid")).isZero();
    assertThat(out.toString()).contains("n1[\"Zeg #quot;ja#quot;\"]:::droom");
    assertThat(run("tree", "render", tree.toString(), "--format", "svg")).isEqualTo(2);
    assertThat(err.toString()).contains("--format moet mermaid, dot of outline zijn");
  }

  @Test
  void demo_validatesDrawsAndPlansTheSeedCircle() {
    assertThat(run("tree", "demo")).isZero();
    assertThat(out.toString())
        .contains("Validatie: geldig, 0 fouten, 4 waarschuwingen")
        .contains("T0: budget € 200.000, beschikbaar € 200.000, besteed € 175.000: a, b, h")
        .contains(": J, D, M")
        .contains("yield gap 270")
        .contains("flowchart TD")
        .contains("Groene Cirkel Kaas en bodemdaling: 7 knopen, geldig");
  }

  @Test
  void demo_refusesAnUnknownDrawingFormat() {
    assertThat(run("tree", "demo", "--format", "svg")).isEqualTo(2);
    assertThat(err.toString()).contains("--format moet mermaid, dot of outline zijn, maar was 'svg'");
    assertThat(out.toString()).isEmpty();
  }
}
