/** Print-ready PDF of a World Café session plan and its rotation. */
module nl.opgave.pdf {
  requires transitive nl.opgave.model;
  requires org.apache.pdfbox;
  requires org.apache.fontbox;
  requires org.apache.pdfbox.io;
  requires static org.immutables.value.annotations;
  requires java.desktop; // PDFBox's font classes draw glyph outlines with java.awt.geom

  exports nl.opgave.pdf;
}
