package nl.opgave.examples.portal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.opgave.io.DocumentType;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.OutlineFormatException;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.community.Member;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.seed.DromenVoorDoeners;
import nl.opgave.model.seed.Opgavebeweging;
import nl.opgave.model.seed.WorldCafe4Maart;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.pdf.CafePrint;
import nl.opgave.pdf.PrintOptions;
import nl.opgave.workshop.rotation.RotationPlanner;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.ValidationResult;
import nl.opgave.workshop.doelenboom.Violation;

/**
 * Example 1, embedding in a portal: a minimal web host on the JDK's HTTP server that serves opgave's values as
 * JSON and one HTML page showing a rotation and a doelenboom. Run it with {@code java -cp examples/target/opgave.jar
 * nl.opgave.examples.portal.PortalExample 8080} and open http://localhost:8080/.
 */
public final class PortalExample implements AutoCloseable {
  private static final int MAX_BODY = 1 << 20;
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final int MAX_DRAIN = 64 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final ObjectMapper mapper = new ObjectMapper();
  private final OpgaveJson json = OpgaveJson.standard();
  private final Community community;
  private final PortalRotations rotations = new PortalRotations();

  private PortalExample(HttpServer server, Community community) {
    this.server = server;
    this.community = community;
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::page);
    server.createContext("/api/community", e -> respond(e, () -> json.write(DocumentType.COMMUNITY, community),
        "GET"));
    server.createContext("/api/members", e -> respond(e, () -> members(query(e).getOrDefault("q", "")), "GET"));
    server.createContext("/api/calendar", e -> respond(e, () -> calendar(query(e).get("now")), "GET"));
    server.createContext("/api/rotation", e -> respond(e, () -> rotations.plan(mapper, body(e), query(e)),
        "GET", "POST"));
    server.createContext("/api/rotation.pdf", this::rotationPdf);
    server.createContext("/api/doelenboom", e -> respond(e, () -> doelenboom(DoelenboomOutline.render(
        DromenVoorDoeners.doelenboom()), language(e)), "GET"));
    server.createContext("/api/doelenboom/validate", e -> respond(e, () -> doelenboom(utf8(body(e)), language(e)), "POST"));
  }

  /**
   * Starts the portal on the loopback address; port 0 picks a free port.
   *
   * @throws IOException if the port cannot be bound
   */
  public static PortalExample start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    PortalExample portal = new PortalExample(server, Opgavebeweging.community());
    server.start();
    return portal;
  }

  /** Returns the address of the page. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Starts the portal on the port given (default 8080) until the process is stopped. */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    PortalExample portal = start(port);
    System.out.println("Portaal draait op " + portal.uri() + " (Ctrl-C om te stoppen)");
  }

  private byte[] members(String q) throws IOException {
    ArrayNode list = mapper.createArrayNode();
    for (Member member : community.directory().search(q)) {
      ObjectNode node = list.addObject();
      node.put("id", member.id());
      node.put("name", member.displayName());
      node.put("sortKey", member.sortKey());
      community.directory().organisationOf(member).ifPresent(o -> node.put("organisation", o.name()));
      ArrayNode roles = node.putArray("roles");
      member.roles().forEach(r -> roles.add(r.label()));
    }
    return mapper.writeValueAsBytes(list);
  }

  private byte[] calendar(String now) throws IOException {
    Instant at;
    try {
      at = now == null ? Instant.parse("2025-03-04T12:30:00Z") : ZonedDateTime.parse(now).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidValueException.of(ProblemCode.PORTAL_NOT_A_DATE_TIME, "now", "'" + now + "'");
    }
    ObjectNode result = mapper.createObjectNode();
    result.put("now", at.toString());
    community.calendar().next(at).ifPresent(e -> result.set("next", event(e)));
    ArrayNode inProgress = result.putArray("inProgress");
    community.calendar().inProgress(at).forEach(e -> inProgress.add(event(e)));
    ArrayNode upcoming = result.putArray("upcoming");
    community.calendar().upcoming(at).forEach(e -> upcoming.add(event(e)));
    ArrayNode past = result.putArray("past");
    community.calendar().past(at).forEach(e -> past.add(event(e)));
    return mapper.writeValueAsBytes(result);
  }

  private ObjectNode event(Event event) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", event.id());
    node.put("number", event.number());
    node.put("title", event.title());
    node.put("start", event.start().toOffsetDateTime().toString());
    node.put("end", event.end().toOffsetDateTime().toString());
    node.put("location", event.location());
    return node;
  }

  private byte[] doelenboom(String outline, Locale locale) throws IOException {
    ObjectNode result = mapper.createObjectNode();
    Doelenboom tree;
    try {
      tree = DoelenboomOutline.parse(outline);
    } catch (OutlineFormatException e) {
      result.put("valid", false);
      ArrayNode problems = result.putArray("violations");
      e.problems().forEach(p -> problems.addObject().put("code", "OUTLINE").put("severity", "ERROR")
          .put("path", (ProblemCode.isDutch(locale) ? "regel " : "line ") + p.line()
              + (ProblemCode.isDutch(locale) ? ", kolom " : ", column ") + p.column())
          .put("message", p.message(locale)));
      return mapper.writeValueAsBytes(result);
    }
    ValidationResult validation = TreeValidator.validate(tree);
    result.put("valid", validation.isValid());
    ArrayNode nodes = result.putArray("nodes");
    for (Node node : tree.nodes()) {
      ObjectNode n = nodes.addObject();
      n.put("id", node.id());
      n.put("text", node.text());
      n.put("level", node.level().name());
      List<String> parents = tree.parentIds(node.id());
      if (!parents.isEmpty()) {
        n.put("parent", parents.get(0));
      }
    }
    ArrayNode violations = result.putArray("violations");
    for (Violation v : validation.violations()) {
      violations.addObject().put("code", v.code().name()).put("severity", v.severity().name())
          .put("path", v.pathText()).put("message", v.message(locale));
    }
    return mapper.writeValueAsBytes(result);
  }

  private void page(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (!"/".equals(path) && !"/index.html".equals(path)) {
      send(exchange, 404, "text/plain; charset=utf-8", "niet gevonden".getBytes(StandardCharsets.UTF_8));
      return;
    }
    try (InputStream in = PortalExample.class.getResourceAsStream("index.html")) {
      send(exchange, 200, "text/html; charset=utf-8", in.readAllBytes());
    }
  }

  /** GET /api/rotation.pdf[?seed=X][&lang=en]: the seed's café as print-ready PDF, offered as a download. */
  private void rotationPdf(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange);
    if (!"GET".equals(exchange.getRequestMethod()) || !"/api/rotation.pdf".equals(exchange.getRequestURI().getPath())
        || !query.getOrDefault("seed", "4").matches("[0-9]{1,9}")) {
      send(exchange, 400, "application/json", error(ProblemCode.PORTAL_PDF_USAGE.message(List.of(),
          language(exchange))));
      return;
    }
    RotationPlan rotation = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(Long.parseLong(query.getOrDefault(
        "seed", "4"))));
    byte[] pdf = CafePrint.pdf(WorldCafe4Maart.sessionPlan(), rotation, PrintOptions.DUTCH.withLanguage(
        Locale.forLanguageTag(query.getOrDefault("lang", "nl"))));
    exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"world-cafe.pdf\"");
    send(exchange, 200, "application/pdf", pdf);
  }

  interface Handler {
    byte[] handle() throws IOException;
  }

  private void respond(HttpExchange exchange, Handler handler, String... methods) throws IOException {
    try {
      if (!List.of(methods).contains(exchange.getRequestMethod())) {
        send(exchange, 405, "application/json", error(message(InvalidValueException.of(ProblemCode.PORTAL_METHOD_NOT_ALLOWED,
            exchange.getRequestMethod(), String.join("/", methods)), language(exchange))));
        return;
      }
      send(exchange, 200, "application/json", handler.handle());
    } catch (BodyTooLarge e) {
      refuseBody(exchange, 413, error(ProblemCode.PORTAL_BODY_TOO_LARGE.message(List.of(String.valueOf(MAX_BODY)),
          language(exchange))));
    } catch (IllegalArgumentException e) {
      send(exchange, 400, "application/json", error(message(e, language(exchange))));
    } catch (RuntimeException e) {
      send(exchange, 500, "application/json", error(ProblemCode.PORTAL_INTERNAL_ERROR.message(List.of(
          e.getClass().getSimpleName()), language(exchange))));
    }
  }

  private byte[] error(String message) throws IOException {
    return mapper.writeValueAsBytes(mapper.createObjectNode().put("error", String.valueOf(message)));
  }

  /** Thrown when a request body is larger than the portal reads; answered with 413. */
  private static final class BodyTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("request body is larger than " + MAX_BODY + " bytes");
    }
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    String digits = length == null ? "" : length.strip();
    if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')
        && (digits.length() > 9 || Long.parseLong(digits) > MAX_BODY)) {
      throw new BodyTooLarge();
    }
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      throw new BodyTooLarge();
    }
    return body;
  }

  /**
   * Answers a request whose body is not read with a final status, then reads and drops what the client still sends
   * (up to 64 MB): the JDK server has already sent "100 Continue" to a client that expects it, and closing on
   * unread bytes would reset the connection before the client reads the answer.
   */
  private static void refuseBody(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Connection", "close");
    exchange.sendResponseHeaders(status, body.length);
    OutputStream out = exchange.getResponseBody();
    out.write(body);
    out.flush();
    try (InputStream in = exchange.getRequestBody()) {
      byte[] buffer = new byte[1 << 16];
      long drained = 0;
      for (int n; drained < MAX_DRAIN && (n = in.read(buffer)) > 0; ) {
        drained += n;
      }
    } catch (IOException e) {
      // the client stopped sending and closed: nothing left to drop
    } finally {
      exchange.close();
    }
  }

  /** Decodes a request body as UTF-8, refusing (not replacing) bytes that are not UTF-8. */
  static String utf8(byte[] body) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(body.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw InvalidValueException.of(ProblemCode.PORTAL_BODY_NOT_UTF8, in.position(),
          String.format(Locale.ROOT, "%02X", body[in.position()] & 0xff));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.put(key, value);
    }
    return query;
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static JsonNode readTree(ObjectMapper mapper, byte[] body) {
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw InvalidValueException.of(ProblemCode.PORTAL_BODY_NOT_JSON, at == null ? 0 : at.getLineNr(), at == null ? 0
          : at.getColumnNr());
    } catch (IOException e) {
      throw InvalidValueException.of(ProblemCode.REQUEST_BODY_MISSING);
    }
    if (tree == null || !tree.isObject()) {
      String text = new String(body, StandardCharsets.UTF_8).strip();
      throw InvalidValueException.of(ProblemCode.PORTAL_BODY_NOT_OBJECT, "'" + (text.isEmpty() ? "" : text.substring(0,
          Character.charCount(text.codePointAt(0)))) + "'");
    }
    return tree;
  }

  /** The language a request asks for: its lang parameter, else its Accept-Language, else English. */
  static Locale language(HttpExchange exchange) {
    String asked = query(exchange).get("lang");
    if (asked == null || asked.isBlank()) {
      asked = exchange.getRequestHeaders().getFirst("Accept-Language");
    }
    if (asked == null || asked.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      Locale chosen = Locale.lookup(Locale.LanguageRange.parse(asked), List.of(Locale.ENGLISH, DUTCH));
      return chosen == null ? Locale.ENGLISH : chosen;
    } catch (IllegalArgumentException unreadable) {
      return Locale.ENGLISH;
    }
  }

  private static String message(IllegalArgumentException e, Locale locale) {
    if (!(e instanceof InvalidValueException invalid)) {
      return e.getMessage();
    }
    StringBuilder text = new StringBuilder();
    for (ProblemMessage detail : invalid.details()) {
      text.append(text.length() == 0 ? "" : "; ").append(detail.message(locale));
    }
    return text.toString();
  }
}
