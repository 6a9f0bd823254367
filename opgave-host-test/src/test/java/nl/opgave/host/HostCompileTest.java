package nl.opgave.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A host compiles against each published module with {@code -Xlint:all -Werror} and nothing on its class path but
 * the module's jar (from this reactor's {@code target}) and the run-time dependencies its pom declares, with theirs
 * (from the local repository); then the host runs. Regression: the generated classes once carried Immutables'
 * {@code @Generated}, whose class is compile-only, and every host failed with 52 warnings.
 */
class HostCompileTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static Stream<Arguments> hosts() {
    return Stream.of(
        Arguments.of("opgave-model", "ModelHost", """
            import java.util.List;
            import nl.opgave.model.community.Community;
            import nl.opgave.model.community.Member;
            import nl.opgave.model.community.PersonName;
            import nl.opgave.model.seed.Opgavebeweging;

            public class ModelHost {
              public static String run() {
                Community community = Opgavebeweging.community();
                List<Member> found = community.directory().search("ijssel");
                return found.get(0).sortKey() + " | " + PersonName.of("Jos", "van der", "Ploeg").displayName();
              }
            }
            """, "Witlox-van den IJssel, Marianne | Jos van der Ploeg"),
        Arguments.of("opgave-workshop", "WorkshopHost", """
            import nl.opgave.model.cafe.RotationPlan;
            import nl.opgave.model.seed.WorldCafe4Maart;
            import nl.opgave.workshop.rotation.RotationPlanner;

            public class WorkshopHost {
              public static String run() {
                RotationPlan plan = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(1));
                return plan.statistics().repeats() + " " + plan.provablyOptimal();
              }
            }
            """, "48 true"),
        Arguments.of("opgave-io", "IoHost", """
            import com.fasterxml.jackson.core.JsonProcessingException;
            import com.fasterxml.jackson.databind.ObjectMapper;
            import com.fasterxml.jackson.databind.json.JsonMapper;
            import nl.opgave.io.DocumentType;
            import nl.opgave.io.OpgaveJson;
            import nl.opgave.io.OpgaveModule;
            import nl.opgave.model.community.Community;
            import nl.opgave.model.community.Member;
            import nl.opgave.model.seed.Opgavebeweging;

            public class IoHost {
              public static String run() throws Exception {
                OpgaveJson json = OpgaveJson.standard();
                Community community = json.read(DocumentType.COMMUNITY, json.write(Opgavebeweging.community()), "c");
                ObjectMapper mapper = JsonMapper.builder().addModule(new OpgaveModule()).build();
                try {
                  mapper.readValue("{\\"id\\": 5}", Member.class);
                  return "no error";
                } catch (JsonProcessingException e) {
                  return community.name() + " | " + e.getClass().getSimpleName();
                }
              }
            }
            """, "Opgavebeweging | OpgaveJsonMappingException"),
        Arguments.of("opgave-jackson3", "Jackson3Host", """
            import nl.opgave.jackson3.OpgaveJacksonException;
            import nl.opgave.model.community.Member;
            import nl.opgave.model.seed.Opgavebeweging;
            import tools.jackson.core.JacksonException;
            import tools.jackson.databind.json.JsonMapper;

            public class Jackson3Host {
              public static String run() {
                JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
                Member member = Opgavebeweging.members().get(0);
                Member back = mapper.readValue(mapper.writeValueAsString(member), Member.class);
                try {
                  mapper.readValue("{\\"id\\": 5}", Member.class);
                  return "no error";
                } catch (OpgaveJacksonException e) {
                  return back.equals(member) + " | " + e.problems().size() + " | " + (e instanceof JacksonException);
                }
              }
            }
            """, "true | 2 | true"),
        Arguments.of("opgave-test", "TestHost", """
            import static nl.opgave.test.OpgaveAssertions.assertThat;

            import nl.opgave.model.seed.DromenVoorDoeners;

            public class TestHost {
              public static String run() {
                assertThat(DromenVoorDoeners.doelenboom()).isValid();
                return "valid";
              }
            }
            """, "valid"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hosts")
  void host_compilesWithAllLintWarningsAsErrorsAndRuns(String module, String name, String source, String output)
      throws Exception {
    List<Path> classPath = classPath(module);
    Path work = Files.createTempDirectory("host-" + module);
    Path file = work.resolve(name + ".java");
    Files.writeString(file, source);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(file);
      List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-d", work.toString(),
          "-classpath", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
      compiled = compiler.getTask(diagnostics, files, null, options, null, units).call();
    }

    assertThat(diagnostics.toString()).as("javac output for a host of %s on %s", module, classPath).isEmpty();
    assertThat(compiled).isTrue();
    List<URL> urls = new ArrayList<>();
    urls.add(work.toUri().toURL());
    for (Path entry : classPath) {
      urls.add(entry.toUri().toURL());
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Method run = loader.loadClass(name).getMethod("run");
      Thread thread = Thread.currentThread();
      ClassLoader context = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        assertThat(run.invoke(null)).isEqualTo(output);
      } finally {
        thread.setContextClassLoader(context);
      }
    }
  }

  /** The module's jar (or classes) and the run-time closure of the dependencies its pom declares. */
  private static List<Path> classPath(String module) throws Exception {
    Set<Path> entries = new LinkedHashSet<>();
    addModule(module, entries);
    return List.copyOf(entries);
  }

  private static void addModule(String module, Set<Path> entries) throws Exception {
    Path dir = ROOT.resolve(module);
    Path jar = dir.resolve("target/" + module + "-0.1.0-SNAPSHOT.jar");
    Path classes = dir.resolve("target/classes");
    if (!entries.add(Files.isRegularFile(jar) && Files.getLastModifiedTime(jar).compareTo(
        Files.getLastModifiedTime(classes)) >= 0 ? jar : classes)) {
      return;
    }
    for (String[] dependency : runtimeDependencies(dir.resolve("pom.xml"), "nl.opgave")) {
      if (dependency[0].equals("nl.opgave")) {
        addModule(dependency[1], entries);
      } else {
        addExternal(dependency[0], dependency[1], entries);
      }
    }
  }

  /** An external artifact in the version this reactor resolved (the one on the test class path), with its own. */
  private static void addExternal(String group, String artifact, Set<Path> entries) throws Exception {
    String marker = File.separator + group.replace('.', File.separatorChar) + File.separator + artifact
        + File.separator;
    Path jar = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains(marker) && entry.endsWith(".jar")) {
        jar = Path.of(entry);
      }
    }
    assertThat(jar).as("%s:%s on the reactor's class path", group, artifact).isNotNull();
    if (!entries.add(jar)) {
      return;
    }
    Path pom = Path.of(jar.toString().replaceFirst("\\.jar$", ".pom"));
    if (Files.isRegularFile(pom)) {
      for (String[] dependency : runtimeDependencies(pom, group)) {
        addExternal(dependency[0], dependency[1], entries);
      }
    }
  }

  /** The compile and run-time dependencies a pom declares itself, without optional ones: group and artifact. */
  private static List<String[]> runtimeDependencies(Path pom, String ownGroup) throws Exception {
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    List<String[]> dependencies = new ArrayList<>();
    for (Node section = document.getDocumentElement().getFirstChild(); section != null;
        section = section.getNextSibling()) {
      if (!"dependencies".equals(section.getNodeName())) {
        continue;
      }
      NodeList list = ((Element) section).getElementsByTagName("dependency");
      for (int i = 0; i < list.getLength(); i++) {
        Element dependency = (Element) list.item(i);
        String scope = text(dependency, "scope", "compile");
        String type = text(dependency, "type", "jar");
        if ((scope.equals("compile") || scope.equals("runtime")) && type.equals("jar")
            && !text(dependency, "optional", "false").equals("true")) {
          String group = text(dependency, "groupId", ownGroup);
          dependencies.add(new String[] {group.startsWith("${") ? ownGroup : group,
              text(dependency, "artifactId", "")});
        }
      }
    }
    return dependencies;
  }

  private static String text(Element parent, String tag, String otherwise) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (tag.equals(child.getNodeName())) {
        return child.getTextContent().strip();
      }
    }
    return otherwise;
  }
}
