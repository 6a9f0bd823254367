package nl.opgave.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.opgave.examples.report.Html;
import nl.opgave.examples.report.SvgTree;
import nl.opgave.io.DocumentType;
import nl.opgave.io.DoelenboomDiagrams;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.io.ICalendarWriter;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.RotationCsv;
import nl.opgave.model.cafe.Itinerary;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.SessionPlan;
import nl.opgave.model.cafe.Stop;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.community.TimetableSlot;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.pdf.CafePrint;
import nl.opgave.pdf.PrintOptions;
import nl.opgave.workshop.doelenboom.Portfolio;
import nl.opgave.workshop.doelenboom.Roadmap;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.ValidationResult;

/**
 * Writes the demo's files: JSON documents, CSV rosters, an iCalendar file, diagram text, one HTML page and the café's
 * print-ready PDF.
 */
final class DemoFiles {
  private final Path dir;
  private final Lang lang;
  private final List<Path> written = new ArrayList<>();

  DemoFiles(Path dir, Lang lang) {
    this.dir = dir;
    this.lang = lang;
  }

  List<Path> written() {
    return List.copyOf(written);
  }

  void write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    written.add(file);
  }

  void write(String name, String content) throws IOException {
    write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  void community(Community community, Instant dtstamp) throws IOException {
    write("community.json", OpgaveJson.standard().write(DocumentType.COMMUNITY, community));
    write("opgavebeweging.ics", ICalendarWriter.standard().writeBytes(community.calendar(), dtstamp));
  }

  void cafe(SessionPlan plan, RotationPlan rotation) throws IOException {
    write("sessieplan.json", OpgaveJson.standard().write(DocumentType.SESSION_PLAN, plan));
    write("tafelrotatie.json", OpgaveJson.standard().write(DocumentType.ROTATION_PLAN, rotation));
    write("tafelrotatie-per-tafel.csv", RotationCsv.perTable(rotation, ';'));
    write("tafelrotatie-per-persoon.csv", RotationCsv.perPerson(rotation, ';'));
  }

  void print(SessionPlan plan, RotationPlan rotation) throws IOException {
    write("world-cafe.pdf", CafePrint.pdf(plan, rotation, PrintOptions.DUTCH.withLanguage(lang.locale())));
  }

  void groeneCirkel(GroeneCirkel circle) throws IOException {
    write("groene-cirkel.json", OpgaveJson.standard().write(DocumentType.GROENE_CIRKEL, circle));
  }

  void html(Event meeting, SessionPlan plan, RotationPlan rotation, Doelenboom tree, GroeneCirkel circle)
      throws IOException {
    Html html = new Html(lang.pick("Opgavebeweging, ", "Opgavebeweging, ") + meeting.start().format(lang.longDate()),
        lang.pick("nl", "en"));
    programme(html, meeting, lang);
    cafe(html, plan, rotation, lang);
    doelenboom(html, tree, lang);
    groeneCirkel(html, circle, lang);
    write("opgavebeweging.html", html.render());
  }

  static void cafe(Html html, SessionPlan plan, RotationPlan rotation, Lang lang) {
    html.heading(2, "world-cafe", plan.title());
    html.list(plan.vraagstukken().stream().map(v -> v.number() + ". " + v.title()).collect(Collectors.toList()));
    html.paragraph(lang.pick("Rondes: ", "Rounds: ") + plan.rounds().stream()
        .map(r -> r.number() + ". " + r.purpose() + " (" + r.duration().toMinutes() + " min)")
        .collect(Collectors.joining("; ")));
    java.util.Map<String, String> names = new java.util.HashMap<>();
    rotation.request().participants().forEach(p -> names.put(p.id(), p.displayName()));
    html.open("rounds");
    for (int r = 1; r <= rotation.request().rounds(); r++) {
      List<List<String>> rows = new ArrayList<>();
      final int round = r;
      rotation.roster(r).forEach((table, people) -> {
        Table t = plan.table(table).orElseThrow();
        String where = CafeReport.sideName(plan, t, lang)
            + (t.vraagstuk().isPresent() ? " · " + lang.pick("vraagstuk ", "question ") + t.vraagstuk().getAsInt()
            : "");
        rows.add(List.of(Integer.toString(table), where, t.host().map(h -> "★ " + names.get(h)).orElse(""),
            people.stream().filter(id -> t.host().filter(id::equals).isEmpty()).map(names::get)
                .collect(Collectors.joining(", "))));
      });
      html.table("round", lang.pick("Ronde ", "Round ") + round + ": " + plan.rounds().get(round - 1).purpose(),
          List.of(lang.pick("Tafel", "Table"), lang.pick("Kant", "Side"), lang.pick("Tafelhost", "Host"),
              lang.pick("Aan tafel", "Seated")), rows);
    }
    html.close();
    html.heading(3, "reisroutes", lang.pick("Reisroutes", "Itineraries"));
    html.paragraph(lang.pick("★ tafelhost: blijft de hele sessie aan dezelfde tafel.",
        "★ host: stays at the same table all session."));
    List<List<String>> rows = new ArrayList<>();
    for (Itinerary itinerary : rotation.itineraries()) {
      List<String> row = new ArrayList<>();
      boolean host = itinerary.stops().stream().anyMatch(Stop::host);
      row.add((host ? "★ " : "") + itinerary.participant().displayName());
      row.add(itinerary.participant().organisation().orElse(""));
      for (Stop stop : itinerary.stops()) {
        String text = stop.text(lang.locale());
        row.add(text.substring(text.indexOf(": ") + 2));
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of(lang.pick("Naam", "Name"), lang.pick("Organisatie",
        "Organisation")));
    plan.rounds().forEach(r -> header.add(lang.pick("Ronde ", "Round ") + r.number()));
    html.table("itineraries", "", header, rows);
    html.paragraph(lang.pick("Spelregels: ", "Café etiquette: ") + String.join(" ", plan.spelregels()));
    html.paragraph(lang.pick("Herhaalde ontmoetingen: ", "Repeated meetings: ") + rotation.statistics().repeats()
        + lang.pick(" (ondergrens ", " (lower bound ") + rotation.repeatsLowerBound() + ")");
  }

  void doelenboom(Doelenboom tree) throws IOException {
    write("doelenboom.json", OpgaveJson.standard().write(DocumentType.DOELENBOOM, tree));
    write("doelenboom.mmd", DoelenboomDiagrams.mermaid(tree));
    write("doelenboom.dot", DoelenboomDiagrams.dot(tree));
    write("doelenboom.txt", DoelenboomOutline.render(tree));
  }

  static void programme(Html html, Event meeting, Lang lang) {
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    List<List<String>> rows = new ArrayList<>();
    for (TimetableSlot slot : meeting.timetable().slots()) {
      rows.add(List.of(slot.start().format(hhmm) + "–" + slot.end().format(hhmm), slot.item().kind().label(),
          slot.item().title() + slot.item().speaker().map(s -> " (" + s + ")").orElse("")));
    }
    html.heading(2, "programma", lang.pick("Programma", "Programme"))
        .paragraph(meeting.start().format(lang.longDate()) + ", " + meeting.location())
        .table("programme", "", List.of(lang.pick("Tijd", "Time"), lang.pick("Soort", "Kind"),
            lang.pick("Onderdeel", "Item")), rows);
  }

  static void doelenboom(Html html, Doelenboom tree, Lang lang) {
    ValidationResult result = TreeValidator.validate(tree);
    html.heading(2, "doelenboom", lang.pick("Doelenboom", "Goal tree"))
        .paragraph((result.isValid() ? lang.pick("Geldig", "Valid") : lang.pick("Ongeldig", "Invalid"))
            + lang.pick(", " + result.warnings().size() + " waarschuwingen", ", " + result.warnings().size()
            + " warnings"));
    if (!result.violations().isEmpty()) {
      java.util.Map<String, String> texts = new java.util.HashMap<>();
      tree.nodes().forEach(n -> texts.put(n.id(), n.text()));
      html.list(result.violations().stream().map(v -> v.nodeId().filter(texts::containsKey)
          .map(id -> v.message(lang.locale()).replace("'" + id + "'", "'" + texts.get(id) + "'"))
          .orElseGet(() -> v.line(lang.locale()))).collect(Collectors.toList()));
    }
    List<SvgTree.Node> nodes = new ArrayList<>();
    for (Node node : tree.nodes()) {
      List<String> parents = tree.parentIds(node.id());
      nodes.add(new SvgTree.Node(node.id(), parents.isEmpty() ? null : parents.get(0), node.text(),
          node.level().ordinal()));
    }
    html.open("tree").raw(SvgTree.draw(nodes, lang.pick("Doelenboom", "Goal tree"))).close();
  }

  static void groeneCirkel(Html html, GroeneCirkel circle, Lang lang) {
    Roadmap roadmap = Portfolio.roadmap(circle.projects(), circle.horizons());
    List<List<String>> rows = new ArrayList<>();
    for (Project project : circle.projects()) {
      rows.add(List.of(project.id(), project.name(), Integer.toString(project.feasibility()),
          String.format(lang.locale(), "%,d", project.cost()), Long.toString(project.expectedYield()),
          roadmap.startOf(project.id()).orElse("–")));
    }
    html.heading(2, "groene-cirkel", circle.name())
        .paragraph(lang.pick("Droom: ", "Dream: ") + circle.droom())
        .list(circle.steps().stream().map(s -> s.stap().number() + ". " + s.stap().label() + " — "
            + s.state().label()).collect(Collectors.toList()))
        .table("portfolio", lang.pick("Routekaart", "Roadmap"), List.of("", lang.pick("Project", "Project"),
            lang.pick("Haalbaarheid", "Feasibility"), lang.pick("Kosten (EUR)", "Cost (EUR)"),
            lang.pick("Opbrengst", "Yield"), lang.pick("Start", "Start")), rows)
        .paragraph("Yield gap: " + Portfolio.yieldGap(circle.projects(), circle.horizons()).gap());
  }
}
