package nl.opgave.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.seed.WorldCafe4Maart;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class SeedCafeTest {
  @Test
  void writesTheSeedCafe() throws Exception {
    RotationPlan rotation = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(4));
    Printed printed = Printed.of(WorldCafe4Maart.sessionPlan(), rotation, PrintOptions.DUTCH);
    Path dir = Files.createDirectories(Path.of("target/png"));
    Files.write(Path.of("target/seed-cafe.pdf"), printed.pdf());
    try (PDDocument doc = Loader.loadPDF(printed.pdf())) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, 60);
        ImageIO.write(image, "png", dir.resolve("page-" + (p + 1) + ".png").toFile());
      }
    }
    assertThat(printed.pages()).hasSize(6 + 5 + 1);
  }
}
