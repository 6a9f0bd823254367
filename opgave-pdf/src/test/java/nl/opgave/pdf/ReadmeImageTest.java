package nl.opgave.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.opgave.model.seed.WorldCafe4Maart;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Renders every page of the seed café to target/pages/ (to look at) and the README's picture, the first table card at
 * 60 dpi, to target/pages/tafelkaart.png; docs/tafelkaart.png is a copy of it.
 */
class ReadmeImageTest {
  @Test
  void seedCafe_rendersEveryPageAndTheReadmePictureIsTheFirstTableCard() throws Exception {
    byte[] pdf = CafePrint.pdf(WorldCafe4Maart.sessionPlan(), RotationPlanner.plan(WorldCafe4Maart.rotationRequest(4)),
        PrintOptions.DUTCH);
    Path dir = Files.createDirectories(Path.of("target", "pages"));
    Files.write(dir.resolve("world-cafe.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        ImageIO.write(renderer.renderImageWithDPI(p, 60), "png", dir.resolve("page-" + (p + 1) + ".png").toFile());
      }
      BufferedImage card = renderer.renderImageWithDPI(0, 60);
      ImageIO.write(card, "png", dir.resolve("tafelkaart.png").toFile());
      BufferedImage committed = ImageIO.read(Path.of("..", "docs", "tafelkaart.png").toFile());
      assertThat(committed.getWidth()).isEqualTo(card.getWidth());
      assertThat(committed.getHeight()).isEqualTo(card.getHeight());
      assertThat(CafePrintTest.inked(committed)).isCloseTo(CafePrintTest.inked(card), org.assertj.core.data.Offset
          .offset(0.01));
    }
  }
}
