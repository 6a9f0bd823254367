package nl.opgave.examples.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opgave.io.DocumentType;
import nl.opgave.io.OpgaveJson;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.cafe.Participant;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.cafe.RotationRequest;
import nl.opgave.model.cafe.Table;
import nl.opgave.model.community.ChatMessage;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.community.GlossaryEntry;
import nl.opgave.model.community.Member;
import nl.opgave.model.community.MemberDirectory;
import nl.opgave.model.community.OpgaveRole;
import nl.opgave.model.community.PersonName;
import nl.opgave.model.community.Poll;
import nl.opgave.model.community.PollResult;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.pdf.CafePrint;
import nl.opgave.pdf.PrintOptions;
import nl.opgave.spring.boot.OpgaveProblemDetails;
import nl.opgave.spring.boot.ProblemLanguage;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.ValidationResult;
import nl.opgave.workshop.rotation.RotationPlanner;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The portal's REST endpoints under {@code /api}: JSON in, JSON out, errors as problem details. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class PortalController {
  private static final int MAX_PARTICIPANTS = 500;

  private final PortalStore store;
  private final Community community;
  private final OpgaveJson json;
  private final ProblemLanguage language;

  PortalController(PortalStore store, Community community, OpgaveJson json, ProblemLanguage language) {
    this.store = store;
    this.community = community;
    this.json = json;
    this.language = language;
  }

  /** A member as the portal shows one. */
  public record MemberView(String id, String name, String sortKey, String organisation, List<String> roles) {}

  /** A new member: an id and name parts; the model checks them. */
  public record MemberForm(String id, String voornaam, String tussenvoegsel, String achternaam,
      String organisationId, List<String> roles) {}

  /** A vote of a member for an option of the role poll. */
  public record VoteForm(String memberId, String optionId) {}

  /** A chat message by a member. */
  public record ChatForm(String authorId, String text) {}

  /** A World Café: participants (or a number of them), tables, rounds and a seed; a title when saved. */
  public record RotationForm(String title, List<ParticipantForm> participants, Integer count, Integer tables,
      Integer rounds, Long seed) {}

  /** A participant of a World Café, with an organisation that the planner keeps apart. */
  public record ParticipantForm(String id, String organisation) {}

  @GetMapping("/members")
  List<MemberView> members(@RequestParam(defaultValue = "") String q) {
    MemberDirectory directory = store.directory();
    List<MemberView> result = new ArrayList<>();
    for (Member member : directory.search(q)) {
      result.add(new MemberView(member.id(), member.displayName(), member.sortKey(),
          directory.organisationOf(member).map(o -> o.name()).orElse(null),
          member.roles().stream().map(OpgaveRole::label).toList()));
    }
    return result;
  }

  @PostMapping(path = "/members", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  MemberView addMember(@RequestBody MemberForm form) {
    PersonName.Builder name = PersonName.builder();
    if (form.voornaam() != null) {
      name.voornaam(form.voornaam());
    }
    if (form.tussenvoegsel() != null && !form.tussenvoegsel().isEmpty()) {
      name.tussenvoegsel(form.tussenvoegsel());
    }
    if (form.achternaam() != null) {
      name.achternaam(form.achternaam());
    }
    Member.Builder member = Member.builder().id(form.id()).name(name.build());
    if (form.organisationId() != null) {
      member.organisationId(form.organisationId());
    }
    for (String role : form.roles() == null ? List.<String>of() : form.roles()) {
      member.addRoles(role(role));
    }
    Member added = store.add(member.build());
    return new MemberView(added.id(), added.displayName(), added.sortKey(), null,
        added.roles().stream().map(OpgaveRole::label).toList());
  }

  @GetMapping("/calendar")
  Map<String, Object> calendar(@RequestParam(required = false) String now) {
    Instant at;
    try {
      at = now == null ? Instant.parse("2025-03-04T12:30:00Z") : ZonedDateTime.parse(now).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidValueException.of(ProblemCode.PORTAL_NOT_A_DATE_TIME, "now", "'" + now + "'");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("now", at.toString());
    result.put("next", community.calendar().next(at).map(PortalController::event).orElse(null));
    result.put("upcoming", community.calendar().upcoming(at).stream().map(PortalController::event).toList());
    result.put("past", community.calendar().past(at).stream().map(PortalController::event).toList());
    return result;
  }

  @GetMapping("/begrippenlijst")
  List<Map<String, Object>> begrippenlijst(@RequestParam(defaultValue = "") String q) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (GlossaryEntry entry : q.isBlank() ? community.begrippenlijst().sorted()
        : community.begrippenlijst().search(q)) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("letter", String.valueOf(entry.indexLetter()));
      e.put("label", entry.label());
      e.put("category", entry.category().label());
      result.add(e);
    }
    return result;
  }

  @GetMapping("/poll")
  Map<String, Object> poll() {
    return poll(store.poll());
  }

  @PostMapping(path = "/poll/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> vote(@RequestBody VoteForm form) {
    return poll(store.vote(form.memberId(), form.optionId()));
  }

  @GetMapping("/chat")
  List<Map<String, Object>> chat() {
    MemberDirectory directory = store.directory();
    List<Map<String, Object>> result = new ArrayList<>();
    for (ChatMessage message : store.chat().chronological()) {
      Map<String, Object> m = message(message);
      m.put("author", directory.member(message.authorId()).map(Member::displayName).orElse(message.authorId()));
      result.add(m);
    }
    return result;
  }

  @PostMapping(path = "/chat", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> post(@RequestBody ChatForm form) {
    return message(store.post(form.authorId(), form.text()));
  }

  @PostMapping(path = "/rotation", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> rotation(@RequestBody RotationForm form) {
    return summary(RotationPlanner.plan(request(form)));
  }

  @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> save(@RequestBody RotationForm form) {
    String title = form.title() == null || form.title().isBlank() ? "World Café" : form.title().strip();
    if (title.length() > 200) {
      throw InvalidValueException.of(ProblemCode.TEXT_TOO_LONG, "#FIELD_TITLE", 200, title.length());
    }
    RotationPlan plan = RotationPlanner.plan(request(form));
    PortalStore.SavedPlan saved = store.save(title, new String(json.write(DocumentType.ROTATION_PLAN, plan),
        StandardCharsets.UTF_8));
    Map<String, Object> result = summary(plan);
    result.put("id", saved.id());
    result.put("title", saved.title());
    result.put("savedAt", saved.savedAt().toString());
    return result;
  }

  @GetMapping("/plans")
  List<Map<String, Object>> plans() {
    List<Map<String, Object>> result = new ArrayList<>();
    for (PortalStore.SavedPlan plan : store.plans()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", plan.id());
      p.put("title", plan.title());
      p.put("savedAt", plan.savedAt().toString());
      result.add(p);
    }
    return result;
  }

  @GetMapping("/plans/{id}")
  ResponseEntity<byte[]> plan(@PathVariable String id) {
    RotationPlan plan = savedPlan(id);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(json.write(DocumentType.ROTATION_PLAN, plan));
  }

  /** A saved plan as the facilitator prints it: table cards, route cards and the wall plan. */
  @GetMapping(path = "/plans/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> planPdf(@PathVariable String id, @RequestParam(defaultValue = "nl") String lang) {
    RotationPlan plan = savedPlan(id);
    PrintOptions options = "en".equals(lang) ? PrintOptions.DUTCH.withLanguage(Locale.ENGLISH) : PrintOptions.DUTCH;
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".pdf").build()
            .toString())
        .body(CafePrint.pdf(plan, options));
  }

  private RotationPlan savedPlan(String id) {
    PortalStore.SavedPlan saved = store.plan(id).orElseThrow(() -> new PlanNotFound(id));
    return json.read(DocumentType.ROTATION_PLAN, saved.document(), saved.id());
  }

  /** Boot's JsonMapper reads the doelenboom document through the starter's Jackson 3 module. */
  @PostMapping(path = "/doelenboom/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> validate(@RequestBody Doelenboom tree) {
    ValidationResult validation = TreeValidator.validate(tree);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("valid", validation.isValid());
    result.put("nodes", tree.nodes().size());
    result.put("violations", validation.violations().stream().map(v -> {
      Map<String, Object> violation = new LinkedHashMap<>();
      violation.put("code", v.code().name());
      violation.put("severity", v.severity().name());
      violation.put("path", v.pathText());
      violation.put("message", v.message());
      return violation;
    }).toList());
    return result;
  }

  /** Boot's JsonMapper writes the community as opgave-io's document, through the starter's Jackson 3 module. */
  @GetMapping(path = "/community")
  Community community() {
    return community;
  }

  private static RotationRequest request(RotationForm form) {
    List<Participant> participants = new ArrayList<>();
    if (form.participants() != null) {
      if (form.participants().size() > MAX_PARTICIPANTS) {
        throw InvalidValueException.of(ProblemCode.PORTAL_PEOPLE_TOO_MANY, "participants", MAX_PARTICIPANTS,
            form.participants().size());
      }
      for (ParticipantForm p : form.participants()) {
        Participant.Builder participant = Participant.builder().id(p.id());
        if (p.organisation() != null) {
          participant.organisation(p.organisation());
        }
        participants.add(participant.build());
      }
    } else {
      int count = form.count() == null ? 24 : form.count();
      if (count < 1 || count > MAX_PARTICIPANTS) {
        throw InvalidValueException.of(ProblemCode.PORTAL_COUNT_RANGE, "count", MAX_PARTICIPANTS, count);
      }
      for (int i = 1; i <= count; i++) {
        participants.add(Participant.builder().id("deelnemer-" + i).build());
      }
    }
    List<Table> tables = new ArrayList<>();
    for (int t = 1; t <= (form.tables() == null ? 6 : form.tables()); t++) {
      tables.add(Table.builder().number(t).build());
    }
    return RotationRequest.builder().participants(participants).tables(tables)
        .rounds(form.rounds() == null ? 3 : form.rounds()).seed(form.seed() == null ? 1 : form.seed())
        .timeLimit(Duration.ofSeconds(2)).build();
  }

  private static Map<String, Object> summary(RotationPlan plan) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("repeats", plan.statistics().repeats());
    result.put("lowerBound", plan.repeatsLowerBound());
    result.put("provablyOptimal", plan.provablyOptimal());
    List<Map<String, Object>> rounds = new ArrayList<>();
    for (int r = 1; r <= plan.request().rounds(); r++) {
      Map<String, Object> round = new LinkedHashMap<>();
      round.put("round", r);
      List<Map<String, Object>> tables = new ArrayList<>();
      plan.roster(r).forEach((table, people) -> {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("table", table);
        t.put("participants", people);
        tables.add(t);
      });
      round.put("tables", tables);
      rounds.add(round);
    }
    result.put("rounds", rounds);
    return result;
  }

  private static Map<String, Object> poll(Poll poll) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("id", poll.id());
    result.put("question", poll.question());
    result.put("voters", poll.tally().voters());
    result.put("summary", poll.tally().summary());
    List<Map<String, Object>> options = new ArrayList<>();
    for (PollResult r : poll.tally().results()) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("id", r.option().id());
      option.put("label", r.option().label());
      option.put("votes", r.votes());
      option.put("percentage", r.roundedPercentage());
      options.add(option);
    }
    result.put("options", options);
    return result;
  }

  private static Map<String, Object> message(ChatMessage message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", message.id());
    m.put("authorId", message.authorId());
    m.put("sentAt", message.sentAt().toString());
    m.put("text", message.text());
    return m;
  }

  private static Map<String, Object> event(Event event) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", event.id());
    e.put("number", event.number());
    e.put("title", event.title());
    e.put("start", event.start().toOffsetDateTime().toString());
    e.put("end", event.end().toOffsetDateTime().toString());
    e.put("location", event.location());
    return e;
  }

  private static OpgaveRole role(String role) {
    for (OpgaveRole r : OpgaveRole.values()) {
      if (r.name().equalsIgnoreCase(role.replace('-', '_')) || r.label().equalsIgnoreCase(role)) {
        return r;
      }
    }
    throw InvalidValueException.of(ProblemCode.PORTAL_ROLE_UNKNOWN, "'" + role + "'");
  }

  @ExceptionHandler(PlanNotFound.class)
  ResponseEntity<ProblemDetail> planNotFound(PlanNotFound missing, HttpServletRequest request) {
    ProblemDetail detail = OpgaveProblemDetails.of(InvalidValueException.of(ProblemCode.PORTAL_PLAN_UNKNOWN,
        "'" + missing.id + "'"), language.of(request));
    detail.setStatus(HttpStatus.NOT_FOUND.value());
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
  }

  /** A saved plan's id that names no plan: 404 with the problem in the language asked. */
  static final class PlanNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String id;

    PlanNotFound(String id) {
      super(null, null, false, false);
      this.id = id;
    }
  }
}
