package nl.opgave.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opgave.io.internal.JsonOut;
import nl.opgave.model.community.Organisation;
import nl.opgave.model.doelenboom.CrossLink;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.doelenboom.Horizon;
import nl.opgave.model.doelenboom.Level;
import nl.opgave.model.doelenboom.Link;
import nl.opgave.model.doelenboom.Node;
import nl.opgave.model.doelenboom.Owner;
import nl.opgave.model.doelenboom.OwnerKind;
import nl.opgave.model.doelenboom.Project;
import nl.opgave.model.doelenboom.Refinement;
import nl.opgave.model.doelenboom.Stap;
import nl.opgave.model.doelenboom.StepState;
import nl.opgave.model.doelenboom.StepStatus;
import nl.opgave.model.doelenboom.Target;

/**
 * The "opgave.doelenboom" and "opgave.groene-cirkel" documents. Links and cross-links must name nodes of the tree
 * and node ids must be unique; the tree's shape (one root, no cycles, levels) is the validator's business, so a
 * tree in progress can be stored and read back.
 */
final class DoelenboomCodec {
  static final EnumTokens<Level> LEVELS = EnumTokens.of(Level.class);
  static final EnumTokens<OwnerKind> OWNER_KINDS = EnumTokens.of(OwnerKind.class);
  static final EnumTokens<Refinement> REFINEMENTS = EnumTokens.of(Refinement.class);
  static final EnumTokens<Stap> STAPPEN = EnumTokens.of(Stap.class);
  static final EnumTokens<StepState> STATES = EnumTokens.of(StepState.class);

  private static final String NODES = "node";
  private static final String PROJECTS = "project";

  static final ValueCodec<Target> TARGET = ValueCodec.of(DoelenboomCodec::writeTarget, DoelenboomCodec::readTarget);
  static final ValueCodec<Owner> OWNER = ValueCodec.of(DoelenboomCodec::writeOwner, DoelenboomCodec::readOwner);
  static final ValueCodec<Node> NODE = ValueCodec.of(DoelenboomCodec::writeNode, DoelenboomCodec::readNode);
  static final ValueCodec<Link> LINK = ValueCodec.of(DoelenboomCodec::writeLink, DoelenboomCodec::readLink);
  static final ValueCodec<CrossLink> CROSS_LINK = ValueCodec.of(DoelenboomCodec::writeCrossLink,
      DoelenboomCodec::readCrossLink);
  static final ValueCodec<Project> PROJECT = ValueCodec.of(DoelenboomCodec::writeProject,
      DoelenboomCodec::readProject);
  static final ValueCodec<Horizon> HORIZON = ValueCodec.of(DoelenboomCodec::writeHorizon,
      DoelenboomCodec::readHorizon);
  static final ValueCodec<StepStatus> STEP = ValueCodec.of(DoelenboomCodec::writeStep, DoelenboomCodec::readStep);

  static final DocumentCodec<Doelenboom> DOELENBOOM_DOCUMENT = new DocumentCodec<>() {
    @Override
    public void writeBody(JsonOut out, Doelenboom value) throws IOException {
      writeTreeFields(out, value);
    }

    @Override
    public Doelenboom readBody(JsonIn in, JsonIn.Mark document) throws IOException {
      return readTreeFields(in, document);
    }
  };

  static final DocumentCodec<GroeneCirkel> GROENE_CIRKEL_DOCUMENT = new DocumentCodec<>() {
    @Override
    public void writeBody(JsonOut out, GroeneCirkel value) throws IOException {
      writeCircleFields(out, value);
    }

    @Override
    public GroeneCirkel readBody(JsonIn in, JsonIn.Mark document) throws IOException {
      return readCircleFields(in, document);
    }
  };

  /** Every value type with a codec, for the Jackson module; the documents are registered with their envelope. */
  static final Map<Class<?>, ValueCodec<?>> VALUES = values();

  private DoelenboomCodec() {}

  private static Map<Class<?>, ValueCodec<?>> values() {
    Map<Class<?>, ValueCodec<?>> values = new LinkedHashMap<>();
    values.put(Target.class, TARGET);
    values.put(Owner.class, OWNER);
    values.put(Node.class, NODE);
    values.put(Link.class, LINK);
    values.put(CrossLink.class, CROSS_LINK);
    values.put(Project.class, PROJECT);
    values.put(Horizon.class, HORIZON);
    values.put(StepStatus.class, STEP);
    return Map.copyOf(values);
  }

  // ------------------------------------------------------------------ tree

  private static void writeTarget(JsonOut out, Target target) throws IOException {
    out.writeStartObject();
    out.writeFieldName("quantity");
    out.writeNumber(target.quantity().toPlainString());
    out.writeStringField("unit", target.unit());
    if (target.deadline().isPresent()) {
      out.writeStringField("deadline", target.deadline().get().toString());
    }
    out.writeEndObject();
  }

  private static Target readTarget(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a target object with 'quantity', 'unit' and 'deadline'");
    if (mark == null) {
      return null;
    }
    BigDecimal quantity = null;
    String unit = null;
    LocalDate deadline = null;
    boolean hasQuantity = false;
    boolean hasUnit = false;
    String field;
    while ((field = in.field()) != null) {
      switch (field) {
        case "quantity":
          hasQuantity = true;
          quantity = in.decimal();
          break;
        case "unit":
          hasUnit = true;
          unit = in.string();
          break;
        case "deadline":
          deadline = in.localDate();
          break;
        default:
          in.unknown(field, "'quantity', 'unit', 'deadline'");
      }
    }
    required(in, mark, hasQuantity, "quantity", "a positive number");
    required(in, mark, hasUnit, "unit", "a string");
    BigDecimal q = quantity;
    String u = unit;
    Optional<LocalDate> d = Optional.ofNullable(deadline);
    return in.build(mark, () -> Target.builder().quantity(q).unit(u).deadline(d).build());
  }

  private static void writeOwner(JsonOut out, Owner owner) throws IOException {
    out.writeStartObject();
    out.writeStringField("kind", OWNER_KINDS.write(owner.kind()));
    out.writeStringField("id", owner.id());
    out.writeEndObject();
  }

  private static Owner readOwner(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("an owner object with 'kind' and 'id'");
    if (mark == null) {
      return null;
    }
    OwnerKind kind = null;
    String id = null;
    boolean hasKind = false;
    boolean hasId = false;
    String field;
    while ((field = in.field()) != null) {
      switch (field) {
        case "kind":
          hasKind = true;
          kind = in.token(OWNER_KINDS);
          break;
        case "id":
          hasId = true;
          id = in.string();
          break;
        default:
          in.unknown(field, "'kind', 'id'");
      }
    }
    required(in, mark, hasKind, "kind", OWNER_KINDS.oneOf());
    required(in, mark, hasId, "id", "a member or organisation id");
    OwnerKind k = kind;
    String i = id;
    return in.build(mark, () -> Owner.of(k, i));
  }

  private static void writeNode(JsonOut out, Node node) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", node.id());
    out.writeStringField("level", LEVELS.write(node.level()));
    out.writeStringField("text", node.text());
    if (node.target().isPresent()) {
      out.writeFieldName("target");
      writeTarget(out, node.target().get());
    }
    if (node.owner().isPresent()) {
      out.writeFieldName("owner");
      writeOwner(out, node.owner().get());
    }
    if (node.refinement().isPresent()) {
      out.writeStringField("refinement", REFINEMENTS.write(node.refinement().get()));
    }
    out.writeEndObject();
  }

  private static Node readNode(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a node object");
    if (mark == null) {
      return null;
    }
    String id = null;
    Level level = null;
    String text = null;
    Target target = null;
    Owner owner = null;
    Refinement refinement = null;
    int seen = 0;
    String field;
    while ((field = in.field()) != null) {
      switch (field) {
        case "id":
          seen |= 1;
          id = in.string();
          in.declare(NODES, id);
          break;
        case "level":
          seen |= 2;
          level = in.token(LEVELS);
          break;
        case "text":
          seen |= 4;
          text = in.string();
          break;
        case "target":
          target = readTarget(in);
          break;
        case "owner":
          owner = readOwner(in);
          break;
        case "refinement":
          refinement = in.token(REFINEMENTS);
          break;
        default:
          in.unknown(field, "'id', 'level', 'text', 'target', 'owner', 'refinement'");
      }
    }
    required(in, mark, (seen & 1) != 0, "id", "a string id");
    required(in, mark, (seen & 2) != 0, "level", LEVELS.oneOf());
    required(in, mark, (seen & 4) != 0, "text", "a string");
    String i = id;
    Level l = level;
    String t = text;
    Optional<Target> ta = Optional.ofNullable(target);
    Optional<Owner> o = Optional.ofNullable(owner);
    Optional<Refinement> r = Optional.ofNullable(refinement);
    return in.build(mark, () -> Node.builder().id(i).level(l).text(t).target(ta).owner(o).refinement(r).build());
  }

  private static void writeLink(JsonOut out, Link link) throws IOException {
    out.writeStartObject();
    out.writeStringField("childId", link.childId());
    out.writeStringField("parentId", link.parentId());
    out.writeEndObject();
  }

  private static Link readLink(JsonIn in) throws IOException {
    Pair pair = readPair(in, "a link object with 'childId' and 'parentId'", "childId", "parentId");
    return pair == null ? null : in.build(pair.mark, () -> Link.of(pair.first, pair.second));
  }

  private static void writeCrossLink(JsonOut out, CrossLink link) throws IOException {
    out.writeStartObject();
    out.writeStringField("fromId", link.fromId());
    out.writeStringField("toId", link.toId());
    out.writeEndObject();
  }

  private static CrossLink readCrossLink(JsonIn in) throws IOException {
    Pair pair = readPair(in, "a cross-link object with 'fromId' and 'toId'", "fromId", "toId");
    return pair == null ? null : in.build(pair.mark, () -> CrossLink.of(pair.first, pair.second));
  }

  /** Two node ids read from one object, and where the object starts. */
  private static final class Pair {
    final JsonIn.Mark mark;
    final String first;
    final String second;

    Pair(JsonIn.Mark mark, String first, String second) {
      this.mark = mark;
      this.first = first;
      this.second = second;
    }
  }

  /** Reads an object of two node references; returns null (after reporting) when it cannot be built. */
  private static Pair readPair(JsonIn in, String expected, String first, String second) throws IOException {
    JsonIn.Mark mark = in.object(expected);
    if (mark == null) {
      return null;
    }
    String[] ends = new String[2];
    boolean hasFirst = false;
    boolean hasSecond = false;
    String field;
    while ((field = in.field()) != null) {
      if (field.equals(first)) {
        hasFirst = true;
        ends[0] = in.string();
        in.refer(NODES, ends[0]);
      } else if (field.equals(second)) {
        hasSecond = true;
        ends[1] = in.string();
        in.refer(NODES, ends[1]);
      } else {
        in.unknown(field, "'" + first + "', '" + second + "'");
      }
    }
    required(in, mark, hasFirst, first, "a node id");
    required(in, mark, hasSecond, second, "a node id");
    return new Pair(mark, ends[0], ends[1]);
  }

  private static void writeTreeFields(JsonOut out, Doelenboom tree) throws IOException {
    out.writeFieldName("nodes");
    NODE.writeList(out, tree.nodes());
    out.writeFieldName("links");
    LINK.writeList(out, tree.links());
    out.writeFieldName("crossLinks");
    CROSS_LINK.writeList(out, tree.crossLinks());
  }

  private static Doelenboom readTreeFields(JsonIn in, JsonIn.Mark mark) throws IOException {
    String pointer = in.pointer();
    List<Node> nodes = List.of();
    List<Link> links = List.of();
    List<CrossLink> crossLinks = List.of();
    String field;
    while ((field = in.field()) != null) {
      switch (field) {
        case "nodes":
          nodes = NODE.readList(in, "an array of nodes");
          in.close(NODES, "node of the doelenboom", pointer + "/nodes");
          break;
        case "links":
          links = LINK.readList(in, "an array of links");
          break;
        case "crossLinks":
          crossLinks = CROSS_LINK.readList(in, "an array of cross-links");
          break;
        default:
          in.unknown(field, "'nodes', 'links', 'crossLinks'");
      }
    }
    in.close(NODES, "node of the doelenboom", pointer + "/nodes");
    List<Node> n = nodes;
    List<Link> l = links;
    List<CrossLink> c = crossLinks;
    return in.build(mark, () -> Doelenboom.builder().nodes(n).links(l).crossLinks(c).build());
  }

  private static void writeTree(JsonOut out, Doelenboom tree) throws IOException {
    out.writeStartObject();
    writeTreeFields(out, tree);
    out.writeEndObject();
  }

  private static Doelenboom readTree(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a doelenboom object with 'nodes', 'links' and 'crossLinks'");
    return mark == null ? null : readTreeFields(in, mark);
  }

  // ------------------------------------------------------------------ groene cirkel

  private static void writeProject(JsonOut out, Project project) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", project.id());
    out.writeStringField("name", project.name());
    out.writeNumberField("cost", project.cost());
    out.writeNumberField("feasibility", project.feasibility());
    out.writeNumberField("expectedYield", project.expectedYield());
    out.writeArrayFieldStart("servedNodeIds");
    for (String node : project.servedNodeIds()) {
      out.writeString(node);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static Project readProject(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a project object");
    if (mark == null) {
      return null;
    }
    String id = null;
    String name = null;
    Long cost = null;
    Integer feasibility = null;
    Long yield = null;
    List<String> served = new ArrayList<>();
    int seen = 0;
    String field;
    while ((field = in.field()) != null) {
      switch (field) {
        case "id":
          seen |= 1;
          id = in.string();
          in.declare(PROJECTS, id);
          break;
        case "name":
          seen |= 2;
          name = in.string();
          break;
        case "cost":
          seen |= 4;
          cost = in.longValue();
          break;
        case "feasibility":
          seen |= 8;
          feasibility = in.integer();
          break;
        case "expectedYield":
          seen |= 16;
          yield = in.longValue();
          break;
        case "servedNodeIds":
          if (in.array("an array of node ids")) {
            while (in.element()) {
              String node = in.string();
              in.refer(NODES, node);
              if (node != null) {
                served.add(node);
              }
            }
          }
          break;
        default:
          in.unknown(field, "'id', 'name', 'cost', 'feasibility', 'expectedYield', 'servedNodeIds'");
      }
    }
    required(in, mark, (seen & 1) != 0, "id", "a string id");
    required(in, mark, (seen & 2) != 0, "name", "a string");
    required(in, mark, (seen & 4) != 0, "cost", "an integer, in euros");
    required(in, mark, (seen & 8) != 0, "feasibility", "an integer from 0 to 100");
    required(in, mark, (seen & 16) != 0, "expectedYield", "an integer");
    String i = id;
    String n = name;
    Long c = cost;
    Integer f = feasibility;
    Long y = yield;
    return in.build(mark, () -> Project.builder().id(i).name(n).cost(c).feasibility(f).expectedYield(y)
        .servedNodeIds(served).build());
  }

  private static void writeHorizon(JsonOut out, Horizon horizon) throws IOException {
    out.writeStartObject();
    out.writeStringField("name", horizon.name());
    out.writeNumberField("feasibilityThreshold", horizon.feasibilityThreshold());
    out.writeNumberField("budget", horizon.budget());
    out.writeEndObject();
  }

  private static Horizon readHorizon(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a horizon object");
    if (mark == null) {
      return null;
    }
    String name = null;
    Integer threshold = null;
    Long budget = null;
    int seen = 0;
    String field;
    while ((field = in.field()) != null) {
      switch (field) {
        case "name":
          seen |= 1;
          name = in.string();
          break;
        case "feasibilityThreshold":
          seen |= 2;
          threshold = in.integer();
          break;
        case "budget":
          seen |= 4;
          budget = in.longValue();
          break;
        default:
          in.unknown(field, "'name', 'feasibilityThreshold', 'budget'");
      }
    }
    required(in, mark, (seen & 1) != 0, "name", "a string, T0");
    required(in, mark, (seen & 2) != 0, "feasibilityThreshold", "an integer from 0 to 100");
    required(in, mark, (seen & 4) != 0, "budget", "an integer, in euros");
    String n = name;
    Integer t = threshold;
    Long b = budget;
    return in.build(mark, () -> Horizon.of(n, t, b));
  }

  private static void writeStep(JsonOut out, StepStatus step) throws IOException {
    out.writeStartObject();
    out.writeStringField("stap", STAPPEN.write(step.stap()));
    out.writeStringField("state", STATES.write(step.state()));
    if (step.note().isPresent()) {
      out.writeStringField("note", step.note().get());
    }
    out.writeEndObject();
  }

  private static StepStatus readStep(JsonIn in) throws IOException {
    JsonIn.Mark mark = in.object("a step object with 'stap', 'state' and 'note'");
    if (mark == null) {
      return null;
    }
    Stap stap = null;
    StepState state = null;
    String note = null;
    boolean hasStap = false;
    boolean hasState = false;
    String field;
    while ((field = in.field()) != null) {
      switch (field) {
        case "stap":
          hasStap = true;
          stap = in.token(STAPPEN);
          break;
        case "state":
          hasState = true;
          state = in.token(STATES);
          break;
        case "note":
          note = in.string();
          break;
        default:
          in.unknown(field, "'stap', 'state', 'note'");
      }
    }
    required(in, mark, hasStap, "stap", STAPPEN.oneOf());
    required(in, mark, hasState, "state", STATES.oneOf());
    Stap s = stap;
    StepState st = state;
    Optional<String> n = Optional.ofNullable(note);
    return in.build(mark, () -> StepStatus.builder().stap(s).state(st).note(n).build());
  }

  private static void writeCircleFields(JsonOut out, GroeneCirkel circle) throws IOException {
    out.writeStringField("id", circle.id());
    out.writeStringField("name", circle.name());
    out.writeStringField("droom", circle.droom());
    out.writeFieldName("doelenboom");
    writeTree(out, circle.doelenboom());
    out.writeFieldName("partners");
    CommunityCodec.ORGANISATION.writeList(out, circle.partners());
    out.writeFieldName("projects");
    PROJECT.writeList(out, circle.projects());
    out.writeFieldName("horizons");
    HORIZON.writeList(out, circle.horizons());
    out.writeFieldName("steps");
    STEP.writeList(out, circle.steps());
  }

  private static GroeneCirkel readCircleFields(JsonIn in, JsonIn.Mark mark) throws IOException {
    String id = null;
    String name = null;
    String droom = null;
    Doelenboom tree = null;
    List<Organisation> partners = List.of();
    List<Project> projects = List.of();
    List<Horizon> horizons = List.of();
    List<StepStatus> steps = List.of();
    int seen = 0;
    String field;
    while ((field = in.field()) != null) {
      switch (field) {
        case "id":
          seen |= 1;
          id = in.string();
          break;
        case "name":
          seen |= 2;
          name = in.string();
          break;
        case "droom":
          seen |= 4;
          droom = in.string();
          break;
        case "doelenboom":
          seen |= 8;
          tree = readTree(in);
          break;
        case "partners":
          partners = CommunityCodec.ORGANISATION.readList(in, "an array of organisations");
          break;
        case "projects":
          projects = PROJECT.readList(in, "an array of projects");
          break;
        case "horizons":
          horizons = HORIZON.readList(in, "an array of horizons");
          break;
        case "steps":
          steps = STEP.readList(in, "an array of steps");
          break;
        default:
          in.unknown(field, "'id', 'name', 'droom', 'doelenboom', 'partners', 'projects', 'horizons', 'steps'");
      }
    }
    required(in, mark, (seen & 1) != 0, "id", "a string id");
    required(in, mark, (seen & 2) != 0, "name", "a string");
    required(in, mark, (seen & 4) != 0, "droom", "a string, the dream");
    required(in, mark, (seen & 8) != 0, "doelenboom", "a doelenboom object with 'nodes', 'links', 'crossLinks'");
    String i = id;
    String n = name;
    String d = droom;
    Doelenboom t = tree;
    List<Organisation> pa = partners;
    List<Project> pr = projects;
    List<Horizon> h = horizons;
    List<StepStatus> s = steps;
    return in.build(mark, () -> GroeneCirkel.builder().id(i).name(n).droom(d).doelenboom(t).partners(pa)
        .projects(pr).horizons(h).steps(s).build());
  }

  private static void required(JsonIn in, JsonIn.Mark mark, boolean present, String field, String expected) {
    if (!present) {
      in.missing(mark, field, expected);
    }
  }
}
