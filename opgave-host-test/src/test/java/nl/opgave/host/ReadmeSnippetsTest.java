package nl.opgave.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet of the README, compiled with {@code -Xlint:all -Werror} against the published modules and run,
 * and what it shows checked. A snippet is a file (it declares a class: compiled, its {@code @Test} methods run) or
 * statements with their imports (run in a method). What a line shows is checked when its comment starts with a
 * quoted string ({@code // "text"}: the statement's value, or the declared variable, as a string; {@code "text" ...}:
 * starting with it), a number or a boolean ({@code // 48 = ...}); a comment line {@code // SomeException: message}
 * says that the statement before it throws that. The statements are also compiled as written, without the checks. A {@code java} block followed by a {@code text} block prints that
 * text. The XML snippets must be well-formed and name only modules of this build.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("../README.md");
  private static final Pattern SHOWN = Pattern.compile(
      "^(?<code>\\s*(?:(?<type>[\\w.<>, \\[\\]]+)\\s+(?<var>\\w+)\\s*=\\s*)?(?<expr>.+?);)\\s*//\\s*"
          + "(?:\"(?<text>(?:[^\"\\\\]|\\\\.)*)\"(?<more>\\s*\\.\\.\\.)?|(?<plain>-?\\d+|true|false)(?=\\s*$|\\s+=|,)).*$");
  private static final Pattern THROWS = Pattern.compile("^\\s*//\\s*(?<type>\\w+(?:Exception|Error)): (?<message>.*)$");

  /** One fenced Java block: its first line in the README, its text, and the text block that follows it, if any. */
  record Snippet(int line, String code, String output) {
    @Override
    public String toString() {
      return "README.md:" + line;
    }
  }

  static List<Snippet> snippets() throws Exception {
    List<String> lines = Files.readAllLines(README);
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int start = i + 1;
        int end = start;
        while (!lines.get(end).strip().equals("```")) {
          end++;
        }
        String output = null;
        int next = end + 1;
        while (next < lines.size() && (lines.get(next).isBlank() || lines.get(next).strip().endsWith(":")
            && !lines.get(next).startsWith("```") && lines.get(next).length() < 40)) {
          next++;
        }
        if (next < lines.size() && lines.get(next).strip().equals("```text")) {
          int outEnd = next + 1;
          while (!lines.get(outEnd).strip().equals("```")) {
            outEnd++;
          }
          output = String.join("\n", lines.subList(next + 1, outEnd)) + "\n";
        }
        snippets.add(new Snippet(start, String.join("\n", lines.subList(start, end)), output));
        i = end;
      }
    }
    return snippets;
  }

  static Stream<Snippet> javaSnippets() throws Exception {
    return snippets().stream();
  }

  @Test
  void readme_hasJavaSnippetsAndEachImportsWhatItUses() throws Exception {
    assertThat(snippets()).hasSizeGreaterThanOrEqualTo(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaSnippets")
  void snippet_compilesRunsAndShowsWhatTheReadmeSays(Snippet snippet) throws Exception {
    String name = "ReadmeSnippet" + snippet.line();
    boolean file = snippet.code().lines().anyMatch(l -> l.matches("(public )?(final )?class \\w+.*"));
    String source;
    if (file) {
      name = snippet.code().lines().filter(l -> l.matches("(public )?(final )?class \\w+.*")).findFirst()
          .orElseThrow().replaceAll("(public )?(final )?class (\\w+).*", "$3");
      source = snippet.code();
    } else {
      source = statements(name, snippet.code());
    }
    Path work = Files.createTempDirectory("readme");
    Path java = work.resolve(name + ".java");
    Files.writeString(java, source);
    List<Path> classPath = classPath();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      compiled = compiler.getTask(diagnostics, files, null, List.of("--release", "17", "-Xlint:all",
          "-Xlint:-processing", "-Werror", "-proc:none", "-d", work.toString(), "-classpath",
          String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())), null,
          files.getJavaFileObjects(java)).call();
    }
    assertThat(diagnostics.toString()).as("javac on the snippet at %s:\n%s", snippet, source).isEmpty();
    assertThat(compiled).isTrue();

    List<URL> urls = new ArrayList<>();
    urls.add(work.toUri().toURL());
    for (Path entry : classPath) {
      urls.add(entry.toUri().toURL());
    }
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> type = loader.loadClass(name);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      try {
        for (Method method : type.getDeclaredMethods()) {
          boolean test = Stream.of(method.getAnnotations())
              .anyMatch(a -> a.annotationType().getName().equals("org.junit.jupiter.api.Test"));
          if (file ? test : method.getName().equals("run")) {
            method.setAccessible(true);
            Object target = null;
            if (!Modifier.isStatic(method.getModifiers())) {
              java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
              constructor.setAccessible(true);
              target = constructor.newInstance();
            }
            method.invoke(target);
          }
        }
      } catch (InvocationTargetException e) {
        throw new AssertionError("the snippet at " + snippet + " failed: " + e.getCause(), e.getCause());
      } finally {
        System.setOut(out);
      }
    }
    if (snippet.output() != null) {
      assertThat(printed.toString(StandardCharsets.UTF_8)).as("what the snippet at %s prints", snippet)
          .isEqualTo(snippet.output());
    }
  }

  @Test
  void xmlSnippets_areWellFormedAndNameOnlyModulesOfThisBuild() throws Exception {
    List<String> lines = Files.readAllLines(README);
    String root = Files.readString(Path.of("../pom.xml"));
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```xml")) {
        int end = i + 1;
        while (!lines.get(end).strip().equals("```")) {
          end++;
        }
        String xml = "<snippet>" + String.join("\n", lines.subList(i + 1, end)) + "</snippet>";
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Matcher artifact = Pattern.compile("<artifactId>(opgave-[\\w-]+)</artifactId>").matcher(xml);
        while (artifact.find()) {
          assertThat(root).as("README.md:%d names %s", i + 1, artifact.group(1))
              .contains("<module>" + artifact.group(1) + "</module>");
          checked++;
        }
        i = end;
      }
    }
    assertThat(checked).isPositive();
  }

  /** The snippet's statements in a method, each checked line followed by its check. */
  static String statements(String name, String code) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    List<String> lines = code.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
        continue;
      }
      Matcher throwing = i + 1 < lines.size() ? THROWS.matcher(lines.get(i + 1)) : null;
      if (throwing != null && throwing.matches() && !line.isBlank() && !line.strip().startsWith("//")) {
        body.append("    try {\n  ").append(line).append("\n      throw new AssertionError(\"no exception: ")
            .append(escape(line.strip())).append("\");\n    } catch (RuntimeException e) {\n")
            .append("      ReadmeChecks.thrown(e, \"").append(throwing.group("type")).append("\", \"")
            .append(escape(throwing.group("message"))).append("\");\n    }\n");
        i++;
        continue;
      }
      Matcher shown = SHOWN.matcher(line);
      if (shown.matches()) {
        String expected = shown.group("text") != null ? "\"" + shown.group("text") + "\"" : "\""
            + shown.group("plain") + "\"";
        boolean prefix = shown.group("more") != null;
        if (shown.group("var") != null) {
          body.append(shown.group("code")).append('\n');
          body.append("    ReadmeChecks.shows(").append(shown.group("var")).append(", ").append(expected)
              .append(", ").append(prefix).append(", \"").append(escape(line.strip())).append("\");\n");
        } else {
          body.append("    ReadmeChecks.shows(").append(shown.group("expr")).append(", ").append(expected)
              .append(", ").append(prefix).append(", \"").append(escape(line.strip())).append("\");\n");
        }
        continue;
      }
      body.append(line).append('\n');
    }
    String asWritten = code.lines().filter(l -> !l.startsWith("import ")).reduce("", (a, l) -> a + l + "\n");
    return imports + "\npublic class " + name + " {\n  public static void run() throws Exception {\n" + body
        + "  }\n\n  static void asWritten() throws Exception {\n" + asWritten + "  }\n}\n" + ReadmeChecks.SOURCE;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static List<Path> classPath() {
    Set<Path> entries = new LinkedHashSet<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null) {
        for (String entry : value.split(File.pathSeparator)) {
          if (!entry.isBlank()) {
            entries.add(Path.of(entry));
          }
        }
      }
    }
    return List.copyOf(entries);
  }

  /** The checks the snippets call: compiled beside each of them. */
  static final class ReadmeChecks {
    static final String SOURCE = """

        final class ReadmeChecks {
          private ReadmeChecks() {}

          static void shows(Object actual, String expected, boolean prefix, String line) {
            String text = String.valueOf(actual);
            if (prefix ? !text.startsWith(expected) : !text.equals(expected)) {
              throw new AssertionError(line + "\\n  shows " + expected + (prefix ? " ..." : "") + "\\n  but is " + text);
            }
          }

          static void thrown(RuntimeException e, String type, String message) {
            if (!e.getClass().getSimpleName().equals(type) || !message.equals(e.getMessage())) {
              throw new AssertionError("expected " + type + ": " + message + "\\n  but was " + e, e);
            }
          }
        }
        """;

    private ReadmeChecks() {}
  }
}
