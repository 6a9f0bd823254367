package nl.opgave.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opgave.examples.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PortalPageTest {
  @Test
  void page_showsTheCommunitysDataInDutch() throws Exception {
    Portals.Portal portal = Portals.shared();
    HeadlessChromium.Page page = HeadlessChromium.load(portal.uri());
    assertThat(page.errors()).isEmpty();
    assertThat(page.dom).contains("<html lang=\"nl\"").contains("data-geladen=\"ja\"");
    assertThat(page.text()).contains("Marianne Witlox-van den IJssel").contains("Wat is jouw opgavegerichte rol?")
        .contains("Opgavebeweging");
  }

  @Test
  void page_hasNoAxeViolationsOfWcag21AaAndIsKeyboardUsable() throws Exception {
    Portals.Portal portal = Portals.shared();
    HeadlessChromium.Page page = HeadlessChromium.load(portal.uri().resolve("/test/axe"));
    Matcher result = Pattern.compile("(?s)<pre id=\"axe-uitslag\">(.*?)</pre>").matcher(page.dom);
    assertThat(result.find()).as("axe-core's outcome in the page; console: %s", page.console).isTrue();
    JsonNode outcome = JsonMapper.shared().readTree(result.group(1).replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&"));
    assertThat(outcome.path("error").isMissingNode()).as(outcome.toString()).isTrue();
    assertThat(outcome.path("lang").asString()).isEqualTo("nl");
    assertThat(outcome.path("passes").asInt()).as("axe ran its rules").isGreaterThan(10);
    assertThat(outcome.path("violations").values()).as(outcome.path("violations").toString()).isEmpty();
    assertThat(outcome.path("keyboard").path("focusable").asInt()).isGreaterThan(10);
    assertThat(outcome.path("keyboard").path("problems").values()).as(outcome.path("keyboard").toString())
        .isEmpty();
  }
}
