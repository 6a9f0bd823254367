package nl.opgave.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final List<String> MODULES = List.of("opgave-model", "opgave-workshop", "opgave-io",
      "opgave-pdf", "opgave-test", "examples");

  private static JavaClasses classes;

  @BeforeAll
  static void importAllModules() {
    List<Path> roots = MODULES.stream().map(m -> Path.of("..", m, "target", "classes"))
        .filter(Files::isDirectory).collect(Collectors.toList());
    assertThat(roots).hasSize(MODULES.size());
    classes = new ClassFileImporter().importPaths(roots);
    assertThat(classes.containPackage("nl.opgave.model.community")).isTrue();
  }

  @Test
  void packages_haveNoCycles() {
    slices().matching("nl.opgave.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void model_dependsOnNothingButTheJdkAndItsOwnAnnotations() {
    noClasses().that().resideInAPackage("nl.opgave.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("java..", "nl.opgave.model..",
            "org.immutables.value..")
        .check(classes);
  }

  @Test
  void workshopAndIo_doNotKnowEachOther() {
    noClasses().that().resideInAPackage("nl.opgave.workshop..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.opgave.io..", "nl.opgave.examples..",
            "com.fasterxml..")
        .check(classes);
    noClasses().that().resideInAPackage("nl.opgave.io..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.opgave.workshop..", "nl.opgave.examples..")
        .check(classes);
  }

  @Test
  void pdf_dependsOnTheModelOnly() {
    noClasses().that().resideInAPackage("nl.opgave.pdf..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.opgave.workshop..", "nl.opgave.io..",
            "nl.opgave.test..", "nl.opgave.examples..", "com.fasterxml..")
        .check(classes);
    noClasses().that().resideInAnyPackage("nl.opgave.model..", "nl.opgave.workshop..", "nl.opgave.io..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.opgave.pdf..", "org.apache.pdfbox..",
            "org.apache.fontbox..")
        .check(classes);
  }

  @Test
  void libraries_doNotDependOnTheCliOrABinding() {
    noClasses().that().resideInAnyPackage("nl.opgave.model..", "nl.opgave.workshop..", "nl.opgave.io..",
        "nl.opgave.pdf..")
        .should().dependOnClassesThat().resideInAnyPackage("org.slf4j.impl..",
            "org.slf4j.simple..", "org.slf4j.nop..")
        .check(classes);
  }
}
