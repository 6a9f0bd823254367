package nl.opgave.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.ReadLimits;
import nl.opgave.jackson3.OpgaveJacksonException;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Member;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpgaveAutoConfigurationTest {
  private final ApplicationContextRunner plain = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(OpgaveAutoConfiguration.class));

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
          WebMvcAutoConfiguration.class, OpgaveAutoConfiguration.class))
      .withUserConfiguration(Endpoints.class)
      .withPropertyValues("opgave.read-limits.max-document-size=2KB");

  @Test
  void opgaveJson_carriesTheConfiguredReadLimits() {
    plain.withPropertyValues("opgave.read-limits.max-depth=7", "opgave.read-limits.max-document-size=1MB",
        "opgave.read-limits.max-problems=3").run(context -> {
          ReadLimits limits = context.getBean(OpgaveJson.class).limits();
          assertThat(limits).isEqualTo(ReadLimits.DEFAULT.withMaxDepth(7).withMaxDocumentBytes(1 << 20)
              .withMaxProblems(3));
          assertThat(context).doesNotHaveBean(OpgaveExceptionHandler.class);
        });
  }

  @Test
  void opgaveJson_defaultsToTheLibrarysLimits() {
    plain.run(context -> assertThat(context.getBean(OpgaveJson.class).limits()).isEqualTo(ReadLimits.DEFAULT));
  }

  @Test
  void opgaveJson_backsOffForTheHostsOwn() {
    OpgaveJson own = OpgaveJson.standard().compact();
    plain.withBean(OpgaveJson.class, () -> own).run(context -> assertThat(context.getBean(OpgaveJson.class))
        .isSameAs(own));
  }

  @Test
  void jsonMapper_readsAndWritesOpgaveValuesAsOpgaveJsonDoes() {
    web.run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      Community seed = Opgavebeweging.community();
      assertThat(mapper.writeValueAsString(seed)).isEqualTo(OpgaveJson.standard().compact().writeString(seed));
      assertThat(mapper.readValue(mapper.writeValueAsBytes(seed), Community.class)).isEqualTo(seed);
    });
  }

  @Test
  void jsonMapper_readsWithTheConfiguredLimits() {
    String bad = "{\"id\": 1, \"name\": 2, \"roles\": 3, \"x\": 4}";
    web.run(context -> assertThatThrownBy(() -> context.getBean(JsonMapper.class).readValue(bad, Member.class))
        .isInstanceOfSatisfying(OpgaveJacksonException.class, e -> assertThat(e.problems()).hasSizeGreaterThan(2)));
    web.withPropertyValues("opgave.read-limits.max-problems=1").run(context -> assertThatThrownBy(
        () -> context.getBean(JsonMapper.class).readValue(bad, Member.class))
        .isInstanceOfSatisfying(OpgaveJacksonException.class, e -> assertThat(e.problems()).hasSizeLessThan(3)));
  }

  @Test
  void opgaveValueInARequestBody_unreadable_isAProblemDetailsListingEveryProblem() {
    web.run(context -> {
      MvcResult result = post(context, "/member", "{\"id\": \"a\",\n \"name\": {\"voornaam\": 5}, \"x\": 1}");
      assertThat(result.getResponse().getStatus()).isEqualTo(400);
      assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
      JsonNode body = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
      assertThat(body.path("type").asString()).isEqualTo("urn:opgave:problem:invalid-document");
      assertThat(body.path("problems").findValuesAsString("pointer")).contains("/name/voornaam", "/x");
      assertThat(body.path("problems").values()).allSatisfy(p -> {
        assertThat(p.path("line").asInt()).isPositive();
        assertThat(p.path("code").asString()).isNotBlank();
      });
    });
  }

  @Test
  void readLimits_refuseANonPositiveLimitAtStartup() {
    plain.withPropertyValues("opgave.read-limits.max-depth=0").run(context -> assertThat(context)
        .hasFailed().getFailure().rootCause().hasMessageContaining("maxDepth"));
  }

  @Test
  void problemDetails_canBeSwitchedOff() {
    web.withPropertyValues("opgave.problem-details.enabled=false").run(context -> assertThat(context)
        .doesNotHaveBean(OpgaveExceptionHandler.class).doesNotHaveBean(RequestBodyLimitFilter.class));
  }

  @Test
  void unreadableDocument_isAProblemDetailsListingEveryProblemAndItsPlace() {
    web.run(context -> {
      MvcResult result = post(context, "/document",
          "{\"format\": \"opgave.community\", \"version\": 1,\n \"name\": 5, \"members\": \"x\"}");
      assertThat(result.getResponse().getStatus()).isEqualTo(400);
      assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
      JsonNode body = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
      assertThat(body.path("type").asString()).isEqualTo("urn:opgave:problem:invalid-document");
      assertThat(body.path("title").asString()).isEqualTo("Unreadable document");
      assertThat(body.path("status").asInt()).isEqualTo(400);
      assertThat(body.path("detail").asString()).isNotBlank();
      assertThat(body.path("problems").size()).isEqualTo(5);
      assertThat(body.path("problems").values()).anySatisfy(p -> {
        assertThat(p.path("pointer").asString()).isEqualTo("/name");
        assertThat(p.path("line").asInt()).isEqualTo(2);
        assertThat(p.path("column").asInt()).isEqualTo(10);
        assertThat(p.path("code").asString()).isNotBlank();
        assertThat(p.path("message").asString()).isEqualTo("found an integer");
        assertThat(p.path("expected").asString()).isEqualTo("a string");
      }).anySatisfy(p -> assertThat(p.path("pointer").asString()).isEqualTo("/members"));
    });
  }

  @Test
  void invalidValue_isAProblemDetailsListingEveryBrokenRule() {
    web.run(context -> {
      MvcResult result = post(context, "/value", "{}");
      assertThat(result.getResponse().getStatus()).isEqualTo(400);
      assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
      JsonNode body = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
      assertThat(body.path("type").asString()).isEqualTo("urn:opgave:problem:invalid-value");
      assertThat(body.path("problems").size()).isEqualTo(2);
      assertThat(body.path("problems").get(1).path("message").asString()).isEqualTo("tweede regel");
      assertThat(body.path("problems").get(1).path("code").asString()).isEqualTo("MODEL_RULE");
    });
  }

  @Test
  void malformedJsonForABoundType_isAProblemDetailsWithLineAndColumn() {
    web.run(context -> {
      MvcResult result = post(context, "/bound", "{\"name\": \"x\",\n \"count\": tien}");
      assertThat(result.getResponse().getStatus()).isEqualTo(400);
      JsonNode body = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
      assertThat(body.path("type").asString()).isEqualTo("urn:opgave:problem:invalid-document");
      assertThat(body.path("problems").get(0).path("line").asInt()).isEqualTo(2);
      assertThat(body.path("problems").get(0).path("column").asInt()).isPositive();
    });
  }

  @Test
  void jacksonErrorThatIsNotAnUnreadableBody_isLeftToTheHost() {
    web.run(context -> assertThatThrownBy(() -> post(context, "/broken", "{}"))
        .hasRootCauseInstanceOf(DatabindException.class));
  }

  @Test
  void bodyLargerThanTheLimit_is413ProblemDetails() {
    web.run(context -> {
      MvcResult result = post(context, "/document", "[" + "1,".repeat(2000) + "1]");
      assertThat(result.getResponse().getStatus()).isEqualTo(413);
      assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
      JsonNode body = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
      assertThat(body.path("type").asString()).isEqualTo("urn:opgave:problem:document-too-large");
      assertThat(body.path("status").asInt()).isEqualTo(413);
      assertThat(body.path("problems").get(0).path("message").asString()).contains("2048 bytes");
      assertThat(body.path("problems").get(0).path("code").asString()).isEqualTo("FILE_TOO_LARGE");
      assertThat(body.path("title").asString()).isEqualTo("Document too large");
      assertThat(body.path("instance").asString()).isEqualTo("/document");
    });
  }

  private static final String BROKEN_COMMUNITY =
      "{\"format\": \"opgave.community\", \"version\": 1,\n \"name\": 5, \"members\": \"x\"}";

  /** The problems opgave-io finds in the document, read without Spring. */
  private static List<OpgaveFormatException.Problem> problemsOf(String document) {
    try {
      OpgaveJson.standard().read(document.getBytes(StandardCharsets.UTF_8), "request");
    } catch (OpgaveFormatException e) {
      return e.problems();
    }
    throw new AssertionError("the document is readable: " + document);
  }

  private static List<String> codesAndPointers(JsonNode body) {
    return body.path("problems").values().stream()
        .map(p -> p.path("code").asString() + " " + p.path("pointer").asString()).toList();
  }

  @Test
  void unreadableDocument_withAcceptLanguageNl_isInDutchWithEveryCodeAndPointer() {
    Locale dutch = Locale.forLanguageTag("nl");
    List<OpgaveFormatException.Problem> expected = problemsOf(BROKEN_COMMUNITY);
    web.run(context -> {
      JsonNode english = body(post(context, "/document", BROKEN_COMMUNITY));
      JsonNode body = body(post(context, "/document", BROKEN_COMMUNITY, "nl"));
      assertThat(body.path("title").asString()).isEqualTo("Onleesbaar document");
      assertThat(body.path("detail").asString()).startsWith("5 problemen; de eerste: ");
      assertThat(english.path("detail").asString()).startsWith("5 problems; the first: ");
      assertThat(codesAndPointers(body)).isEqualTo(codesAndPointers(english))
          .isEqualTo(expected.stream().map(p -> p.code().name() + " " + p.pointer()).toList());
      for (int i = 0; i < expected.size(); i++) {
        JsonNode problem = body.path("problems").get(i);
        assertThat(problem.path("message").asString()).isEqualTo(expected.get(i).message(dutch));
        assertThat(problem.path("expected").asString("")).isEqualTo(expected.get(i).expected(dutch));
        assertThat(english.path("problems").get(i).path("message").asString()).isEqualTo(expected.get(i).message());
      }
      assertThat(body.path("problems").values()).anySatisfy(p -> {
        assertThat(p.path("pointer").asString()).isEqualTo("/name");
        assertThat(p.path("message").asString()).isNotEqualTo("found an integer").startsWith("gevonden: ");
        assertThat(p.path("expected").asString()).isEqualTo("een tekst");
      });
    });
  }

  @ParameterizedTest(name = "Accept-Language: {0}")
  @ValueSource(strings = {"en", "en-GB,nl;q=0.5", "fr", "de-DE", "*"})
  void unreadableDocument_withAnotherLanguage_isInEnglish(String language) {
    web.run(context -> {
      JsonNode body = body(post(context, "/document", BROKEN_COMMUNITY, language));
      assertThat(body.path("title").asString()).isEqualTo("Unreadable document");
      assertThat(body.path("problems").values()).anySatisfy(p -> {
        assertThat(p.path("pointer").asString()).isEqualTo("/name");
        assertThat(p.path("message").asString()).isEqualTo("found an integer");
      });
    });
  }

  @ParameterizedTest(name = "Accept-Language: {0}")
  @ValueSource(strings = {"nl", "nl-NL", "nl-BE", "fr;q=0.3, nl-NL"})
  void opgaveValueInARequestBody_withADutchPreference_isInDutch(String language) {
    web.run(context -> {
      String member = "{\"id\": \"a\",\n \"name\": {\"voornaam\": 5}, \"x\": 1}";
      JsonNode english = body(post(context, "/member", member));
      JsonNode body = body(post(context, "/member", member, language));
      assertThat(body.path("title").asString()).isEqualTo("Onleesbaar document");
      assertThat(codesAndPointers(body)).isNotEmpty().isEqualTo(codesAndPointers(english));
      assertThat(body.path("problems").values()).anySatisfy(p -> {
        assertThat(p.path("pointer").asString()).isEqualTo("/x");
        assertThat(p.path("message").asString()).startsWith("onbekend veld");
      });
    });
  }

  @Test
  void defaultLanguage_answersARequestThatDoesNotSay() {
    web.withPropertyValues("opgave.problem-details.default-language=nl").run(context -> {
      assertThat(body(post(context, "/document", BROKEN_COMMUNITY)).path("title").asString())
          .isEqualTo("Onleesbaar document");
      assertThat(body(post(context, "/document", BROKEN_COMMUNITY, "en")).path("title").asString())
          .isEqualTo("Unreadable document");
    });
  }

  @Test
  void invalidValue_withAcceptLanguageNl_rendersTheModelsCodesInDutch() {
    web.run(context -> {
      JsonNode english = body(post(context, "/rule", "{}"));
      JsonNode body = body(post(context, "/rule", "{}", "nl"));
      assertThat(body.path("title").asString()).isEqualTo("Ongeldige waarde");
      assertThat(english.path("title").asString()).isEqualTo("Invalid value");
      assertThat(body.path("problems").get(0).path("code").asString()).isEqualTo("TEXT_BLANK");
      assertThat(body.path("problems").get(0).path("message").asString())
          .isEqualTo(ProblemCode.TEXT_BLANK.message(List.of("name", "''"), Locale.forLanguageTag("nl")))
          .contains("mag niet leeg zijn");
      assertThat(english.path("problems").get(0).path("message").asString())
          .isEqualTo("name must not be blank, but was ''");
      assertThat(body.path("detail").asString()).isEqualTo(body.path("problems").get(0).path("message").asString());
    });
  }

  @Test
  void bodyLargerThanTheLimit_withAcceptLanguageNl_is413InDutchWithItsInstance() {
    web.run(context -> {
      MvcResult result = post(context, "/document", "[" + "1,".repeat(2000) + "1]", "nl-NL");
      assertThat(result.getResponse().getStatus()).isEqualTo(413);
      JsonNode body = body(result);
      assertThat(body.path("title").asString()).isEqualTo("Document te groot");
      assertThat(body.path("instance").asString()).isEqualTo("/document");
      assertThat(body.path("problems").get(0).path("code").asString()).isEqualTo("FILE_TOO_LARGE");
      assertThat(body.path("problems").get(0).path("message").asString())
          .isEqualTo(ProblemCode.FILE_TOO_LARGE.message(List.of("2048"), Locale.forLanguageTag("nl")))
          .isNotEqualTo(ProblemCode.FILE_TOO_LARGE.message(List.of("2048"), Locale.ENGLISH));
    });
  }

  @Test
  void missingRequestBody_isAProblemDetailsFromTheTable_inDutchForAcceptLanguageNl() {
    web.run(context -> {
      JsonNode english = body(post(context, "/member", ""));
      JsonNode dutch = body(post(context, "/member", "", "nl"));
      for (JsonNode body : List.of(english, dutch)) {
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("type").asString()).isEqualTo("urn:opgave:problem:invalid-document");
        assertThat(body.path("problems").size()).isEqualTo(1);
        assertThat(body.path("problems").get(0).path("code").asString()).isEqualTo("REQUEST_BODY_MISSING");
      }
      assertThat(english.path("problems").get(0).path("message").asString())
          .isEqualTo("the request body is missing or unreadable");
      assertThat(dutch.path("title").asString()).isEqualTo("Onleesbaar document");
      assertThat(dutch.path("problems").get(0).path("message").asString())
          .isEqualTo("de inhoud van het verzoek ontbreekt of is onleesbaar");
      assertThat(dutch.path("detail").asString()).isEqualTo("de inhoud van het verzoek ontbreekt of is onleesbaar");
    });
  }

  private static JsonNode body(MvcResult result) throws Exception {
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    return JsonMapper.shared().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private static MvcResult post(WebApplicationContext context, String path, String json) throws Exception {
    return post(context, path, json, null);
  }

  private static MvcResult post(WebApplicationContext context, String path, String json, String language)
      throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
        .addFilters(context.getBean(RequestBodyLimitFilter.class)).build();
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
        .contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8));
    if (language != null) {
      request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return mvc.perform(request).andReturn();
  }

  /** A record bound by Boot's JsonMapper. */
  record Counted(String name, int count) {}

  @Configuration(proxyBeanMethods = false)
  static class Endpoints {
    @Bean
    Controller controller(OpgaveJson json) {
      return new Controller(json);
    }
  }

  @RestController
  static class Controller {
    private final OpgaveJson json;

    Controller(OpgaveJson json) {
      this.json = json;
    }

    @PostMapping("/document")
    String document(@RequestBody byte[] body) {
      return String.valueOf(json.read(body, "request"));
    }

    @PostMapping("/value")
    String value(@RequestBody byte[] body) {
      throw new InvalidValueException(List.of("eerste regel", "tweede regel"));
    }

    @PostMapping("/rule")
    String rule(@RequestBody byte[] body) {
      throw InvalidValueException.of(List.of(ProblemMessage.of(ProblemCode.TEXT_BLANK, "name", "''")));
    }

    @PostMapping("/broken")
    String broken() {
      throw DatabindException.from((tools.jackson.core.JsonParser) null, "a bug of the host's");
    }

    @PostMapping("/member")
    String member(@RequestBody Member member) {
      return member.id();
    }

    @PostMapping("/bound")
    String bound(@RequestBody Counted counted) {
      return counted.name();
    }
  }
}
