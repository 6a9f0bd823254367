package nl.opgave.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.ReadLimits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The README's "Spring Boot" section: its coordinates name this module, its properties bind as it says. */
class ReadmeSpringBootTest {
  private static String section() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("## Spring Boot\n");
    assertThat(start).as("README has a section 'Spring Boot'").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  void readme_namesThisModulesCoordinates() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    assertThat(section()).contains("<artifactId>opgave-spring-boot-starter</artifactId>");
    assertThat(pom).contains("<artifactId>opgave-spring-boot-starter</artifactId>");
  }

  @Test
  void readme_propertiesBindToTheLimitsItNames() throws Exception {
    String section = section();
    int block = section.indexOf("```properties\n");
    String text = section.substring(block + "```properties\n".length(), section.indexOf("```", block + 3));
    List<String> properties = new ArrayList<>();
    text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(properties::add);
    assertThat(properties).hasSize(9);
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OpgaveAutoConfiguration.class))
        .withPropertyValues(properties.toArray(String[]::new))
        .run(context -> assertThat(context.getBean(OpgaveJson.class).limits())
            .isEqualTo(ReadLimits.DEFAULT.withMaxDocumentBytes(1 << 20)));
  }
}
