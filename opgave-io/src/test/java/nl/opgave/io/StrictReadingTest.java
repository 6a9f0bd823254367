package nl.opgave.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.opgave.io.OpgaveFormatException.Problem;
import nl.opgave.model.community.Community;
import org.junit.jupiter.api.Test;

class StrictReadingTest {
  private static final OpgaveJson JSON = OpgaveJson.standard();

  private static String doc(String body) {
    return "{\n  \"format\": \"opgave.community\",\n  \"version\": 1,\n  \"name\": \"X\",\n" + body + "\n}\n";
  }

  private static final String EMPTY_PARTS = "  \"calendar\": {},\n  \"begrippenlijst\": {}";

  private static List<Problem> problems(String json) {
    return JSON.validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test.json");
  }

  @Test
  void unknownField_isAProblemAtItsPointer() {
    List<Problem> problems = problems(doc("  \"directory\": {\"organisations\": [{\"id\": \"o\", \"name\": \"O\","
        + " \"kind\": \"rijk\", \"colour\": \"red\"}]},\n" + EMPTY_PARTS));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/directory/organisations/0/colour");
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.message()).isEqualTo("unknown field 'colour'");
      assertThat(p.expected()).isEqualTo("one of 'id', 'name', 'kind'");
      assertThat(p.toString()).startsWith("test.json:5:");
    });
  }

  @Test
  void lenientMode_skipsUnknownFields() {
    String json = doc("  \"directory\": {\"extra\": [1, {\"a\": 2}]},\n" + EMPTY_PARTS + ",\n  \"x\": true");

    Community community = JSON.lenient().read(DocumentType.COMMUNITY, json, "test.json");

    assertThat(community.name()).isEqualTo("X");
  }

  @Test
  void wrongTypes_areAllReported() {
    List<Problem> problems = problems(doc("  \"directory\": {\"members\": [{\"id\": 7, \"name\": \"Jos\"}]},\n"
        + "  \"calendar\": [],\n  \"begrippenlijst\": {}"));

    assertThat(problems).extracting(Problem::pointer, Problem::message, Problem::expected).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/id", "found an integer", "a string"),
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/name", "found a string",
            "a name object with 'voornaam', 'voorletters', 'tussenvoegsel', 'achternaam'"),
        org.assertj.core.groups.Tuple.tuple("/calendar", "found an array", "an object with 'events'"));
  }

  @Test
  void missingRequiredFields_areReportedAtTheObject() {
    List<Problem> problems = problems("{\"format\": \"opgave.community\", \"version\": 1,\n"
        + " \"directory\": {\"organisations\": [{\"id\": \"o\"}]}}");

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("", "missing required field 'name'"),
        org.assertj.core.groups.Tuple.tuple("", "missing required field 'calendar'"),
        org.assertj.core.groups.Tuple.tuple("", "missing required field 'begrippenlijst'"),
        org.assertj.core.groups.Tuple.tuple("/directory/organisations/0", "missing required field 'name'"),
        org.assertj.core.groups.Tuple.tuple("/directory/organisations/0", "missing required field 'kind'"));
  }

  @Test
  void danglingReferences_areAllReportedWithTheirPointers() {
    List<Problem> problems = problems(doc("  \"directory\": {\"members\": [\n"
        + "    {\"id\": \"a\", \"name\": {\"voornaam\": \"A\"}, \"organisationId\": \"nope\"}]},\n"
        + "  \"calendar\": {\"events\": [{\"id\": \"e\", \"series\": \"S\", \"number\": 1, \"title\": \"T\","
        + " \"start\": \"2025-03-04T10:00:00+01:00[Europe/Amsterdam]\","
        + " \"end\": \"2025-03-04T11:00:00+01:00[Europe/Amsterdam]\", \"location\": \"L\","
        + " \"hostOrganisationId\": \"gone\"}]},\n"
        + "  \"begrippenlijst\": {},\n"
        + "  \"chat\": {\"messages\": [{\"id\": \"m\", \"authorId\": \"ghost\", \"sentAt\": \"2025-03-04T10:00:00Z\","
        + " \"text\": \"hoi\"}]},\n"
        + "  \"opgaven\": [{\"id\": \"o\", \"title\": \"T\", \"phase\": \"borgen\", \"domain\": \"D\","
        + " \"assignments\": [{\"memberId\": \"b\", \"role\": \"teamlid\"}]}]"));

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/organisationId", "'nope' names no organisation"),
        org.assertj.core.groups.Tuple.tuple("/calendar/events/0/hostOrganisationId", "'gone' names no organisation"),
        org.assertj.core.groups.Tuple.tuple("/chat/messages/0/authorId", "'ghost' names no member"),
        org.assertj.core.groups.Tuple.tuple("/opgaven/0/assignments/0/memberId", "'b' names no member"));
    assertThat(problems.get(0).expected()).isEqualTo("an id from /directory/organisations");
  }

  @Test
  void referencesBeforeTheirTargets_areResolvedLater() {
    List<Problem> problems = problems("{\"format\": \"opgave.community\", \"version\": 1, \"name\": \"X\",\n"
        + " \"directory\": {\"members\": [{\"id\": \"a\", \"name\": {\"voornaam\": \"A\"},"
        + " \"organisationId\": \"o2\"}],\n \"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"kind\": \"rijk\"}]},\n"
        + EMPTY_PARTS + "}");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/directory/members/0/organisationId");
      assertThat(p.line()).isEqualTo(2);
    });
  }

  @Test
  void duplicateIdsAndRoles_areReported() {
    List<Problem> problems = problems(doc("  \"directory\": {\"members\": [\n"
        + "    {\"id\": \"a\", \"name\": {\"voornaam\": \"A\"}, \"roles\": [\"teamlid\", \"teamlid\"]},\n"
        + "    {\"id\": \"a\", \"name\": {\"voornaam\": \"B\"}}]},\n" + EMPTY_PARTS));

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/roles/1", "the role 'teamlid' is listed twice"),
        org.assertj.core.groups.Tuple.tuple("/directory/members/1/id", "the id 'a' is used twice"));
  }

  @Test
  void modelRules_areMappedToThePointerOfTheObjectBeingBuilt() {
    List<Problem> problems = problems(doc("  \"directory\": {\"members\": [\n"
        + "    {\"id\": \"has space\", \"name\": {\"tussenvoegsel\": \"Van\", \"achternaam\": \"Ploeg\"}}]},\n"
        + EMPTY_PARTS));

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/id", "'has space' is not an id"),
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/name",
            "tussenvoegsel must be stored in lower case, but was 'Van'"));
    assertThat(problems.get(1).toString()).doesNotContain("Immutable", "Builder", "nl.opgave", "jackson");
  }

  @Test
  void everyBrokenModelRuleOfOneObject_isReported() {
    List<Problem> problems = problems(doc("  \"directory\": {\"organisations\": [{\"id\": \"o1\", \"name\": \" \","
        + " \"kind\": \"gemeente\"}],\n  \"members\": [{\"id\": \"m1\", \"name\": {\"voornaam\": \"A \","
        + " \"tussenvoegsel\": \"Van\"}}]},\n" + EMPTY_PARTS));

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/directory/organisations/0", "organisation.name of o1 must not be blank,"
            + " but was ' '"),
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/name",
            "tussenvoegsel must be stored in lower case, but was 'Van'"),
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/name", "tussenvoegsel 'Van' needs an achternaam"),
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/name/voornaam",
            "voornaam must not start or end with white space, but was 'A '"));
  }

  @Test
  void blankAchternaam_isReportedAtTheFieldItself() {
    List<Problem> problems = problems(doc("  \"directory\": {\"organisations\": [],\n  \"members\": [{\"id\": \"m1\","
        + " \"name\": {\"voornaam\": \"A\", \"achternaam\": \" \"}}]},\n" + EMPTY_PARTS));

    assertThat(problems).extracting(Problem::pointer, Problem::code).containsExactly(org.assertj.core.groups.Tuple
        .tuple("/directory/members/0/name/achternaam", nl.opgave.model.ProblemCode.TEXT_BLANK));
    assertThat(problems.get(0).line()).isPositive();
    assertThat(problems.get(0).render(java.util.Locale.forLanguageTag("nl"))).endsWith(
        "/directory/members/0/name/achternaam: achternaam mag niet leeg zijn, maar was ' '");
  }

  @Test
  void invalidIds_areReportedBesideTheOtherProblemsOfTheirObject() {
    List<Problem> problems = problems(doc("  \"directory\": {\"organisations\": [{\"id\": \"o/1\", \"name\": \"O\","
        + " \"kind\": \"gemeente\"}],\n  \"members\": [{\"id\": \"-m\", \"name\": {\"voornaam\": \"A\"},"
        + " \"organisationId\": \"nope\"}]},\n" + EMPTY_PARTS));

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/directory/organisations/0/id", "'o/1' is not an id"),
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/id", "'-m' is not an id"),
        org.assertj.core.groups.Tuple.tuple("/directory/members/0/organisationId",
            "'nope' names no organisation"));
    assertThat(problems.get(0).expected()).contains("1-100 letters");
  }

  @Test
  void badTimes_nameTheExpectedForm() {
    List<Problem> problems = problems(doc("  \"directory\": {},\n  \"calendar\": {\"events\": [{\"id\": \"e\","
        + " \"series\": \"S\", \"number\": 1, \"title\": \"T\", \"start\": \"2025-03-04T10:00:00+01:00\","
        + " \"end\": \"2025-07-04T11:00:00+01:00[Europe/Amsterdam]\", \"location\": \"L\"}]},\n"
        + "  \"begrippenlijst\": {}"));

    assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/calendar/events/0/start", "'2025-03-04T10:00:00+01:00' has no zone"),
        org.assertj.core.groups.Tuple.tuple("/calendar/events/0/end",
            "the offset +01:00 is not valid in Europe/Amsterdam at 2025-07-04T11:00"));
    assertThat(problems.get(0).expected()).isEqualTo(JsonIn.DATE_TIME_EXAMPLE);
  }

  @Test
  void wrongFormatOrVersion_isReported() {
    assertThat(problems("{\"format\": \"opgave.unknown\", \"version\": 1}")).singleElement()
        .satisfies(p -> assertThat(p.toString()).isEqualTo(
            "test.json:1:12: /format: unknown document format 'opgave.unknown'; expected one of 'opgave.community',"
                + " 'opgave.session-plan', 'opgave.rotation-plan', 'opgave.doelenboom', 'opgave.groene-cirkel'"));
    assertThat(problems("{\"format\": \"opgave.community\", \"version\": 9}")).singleElement()
        .satisfies(p -> assertThat(p.toString()).isEqualTo(
            "test.json:1:43: /version: version 9 of opgave.community is newer than this reader; expected version 1"));
    assertThat(problems("{\"name\": \"x\"}")).extracting(Problem::message)
        .containsExactly("missing required field 'format'", "missing required field 'version'");
  }

  @Test
  void readingTheWrongDocumentType_saysWhichTypeItIs() {
    assertThatThrownBy(() -> JSON.read(DocumentType.COMMUNITY, "{\"format\": \"opgave.community\", \"version\": \"1\"}",
        "x.json"))
        .isInstanceOf(OpgaveFormatException.class)
        .hasMessage("x.json:1:43: /version: found a string; expected an integer");
  }

  @Test
  void everyProblem_isCollectedUpToTheLimit() {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      members.append(i == 0 ? "" : ",").append("{\"id\": ").append(i).append("}");
    }
    List<Problem> problems = problems(doc("  \"directory\": {\"members\": [" + members + "]},\n" + EMPTY_PARTS));

    assertThat(problems).hasSize(ReadLimits.DEFAULT.maxProblems() + 1);
    assertThat(problems.get(problems.size() - 1).message()).isEqualTo("stopped after 100 problems");
  }
}
