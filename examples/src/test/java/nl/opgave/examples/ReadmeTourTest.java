package nl.opgave.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Event;
import nl.opgave.model.community.GlossaryEntry;
import nl.opgave.model.community.Member;
import nl.opgave.model.community.PersonName;
import nl.opgave.model.community.Poll;
import nl.opgave.model.seed.Opgavebeweging;
import nl.opgave.model.doelenboom.Doelenboom;
import nl.opgave.model.doelenboom.GroeneCirkel;
import nl.opgave.model.seed.DromenVoorDoeners;
import nl.opgave.io.DoelenboomDiagrams;
import nl.opgave.io.DoelenboomOutline;
import nl.opgave.workshop.doelenboom.Portfolio;
import nl.opgave.workshop.doelenboom.Roadmap;
import nl.opgave.workshop.doelenboom.TreeValidator;
import nl.opgave.workshop.doelenboom.ValidationResult;
import nl.opgave.model.DutchText;
import nl.opgave.model.cafe.RotationPlan;
import nl.opgave.model.seed.WorldCafe4Maart;
import nl.opgave.workshop.rotation.RotationPlanner;
import nl.opgave.pdf.CafePrint;
import nl.opgave.pdf.PrintOptions;
import nl.opgave.pdf.PrintOptions.Part;
import org.junit.jupiter.api.Test;

/** The README's API tour, compiled and run by the build so that it cannot rot. */
class ReadmeTourTest {
  @Test
  void tour_community() {
    Community community = Opgavebeweging.community();

    List<Member> found = community.directory().search("ijssel");
    String key = found.get(0).sortKey();
    assertThat(key).isEqualTo("Witlox-van den IJssel, Marianne");

    Optional<Event> next = community.calendar().next(Instant.parse("2025-03-04T13:00:00Z"));
    assertThat(next).map(Event::location).contains("Gemeente Zwolle");

    SortedMap<Character, List<GlossaryEntry>> az = community.begrippenlijst().index();
    assertThat(az).containsKey('W');

    Poll poll = Opgavebeweging.rolePoll().vote("jos-van-der-ploeg", "opgavetrekker");
    assertThat(poll.tally().summary()).isEqualTo("1 stem");

    assertThatThrownBy(() -> PersonName.of("Jos", "Van der", "Ploeg"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("tussenvoegsel must be stored in lower case, but was 'Van der'");
  }

  @Test
  void tour_doelenboom() {
    Doelenboom tree = DoelenboomOutline.parse("""
        - Kinderen worden gezonder (minder obesitas)
          - Kinderen bewegen meer in het groen
            - 10 Speelbossen in en rondom Den Haag
        """);
    ValidationResult result = TreeValidator.validate(tree);
    result.violations().forEach(System.out::println);
    String mermaid = DoelenboomDiagrams.mermaid(tree);
    assertThat(result.isValid()).isTrue();
    assertThat(mermaid).startsWith("flowchart");

    GroeneCirkel circle = DromenVoorDoeners.denHaag();
    Roadmap roadmap = Portfolio.roadmap(circle.projects(), circle.horizons());
    long gap = Portfolio.yieldGap(circle.projects(), circle.horizons()).gap();
    assertThat(roadmap.startOf("a")).contains("T0");
    assertThat(roadmap.startOf("J")).contains("T2");
    assertThat(gap).isEqualTo(270);
  }

  @Test
  void tour_rotation() {
    RotationPlan plan = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(1));
    assertThat(plan.statistics().repeats()).isEqualTo(48);
    assertThat(plan.provablyOptimal()).isTrue();
    assertThat(plan.itinerary("joyce-otten").text(DutchText.DUTCH)).startsWith("ronde 1: tafel ");
    assertThat(plan.alternatives()).isNotEmpty();
    assertThat(plan.statistics().vraagstukRepeats()).isZero();
  }

  @Test
  void tour_print() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    RotationPlan rotation = RotationPlanner.plan(WorldCafe4Maart.rotationRequest(4));
    byte[] pdf = CafePrint.pdf(WorldCafe4Maart.sessionPlan(), rotation, PrintOptions.DUTCH);   // 12 pages
    CafePrint.write(rotation, PrintOptions.DUTCH.withLanguage(Locale.ENGLISH).withParts(Part.ROUTE_CARDS), out);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(out.size()).isGreaterThan(1000);
  }
}
