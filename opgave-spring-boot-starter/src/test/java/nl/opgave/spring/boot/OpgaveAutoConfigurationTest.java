package nl.opgave.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.opgave.io.OpgaveJson;
import nl.opgave.io.ReadLimits;
import nl.opgave.jackson3.OpgaveJacksonException;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.community.Community;
import nl.opgave.model.community.Member;
import nl.opgave.model.seed.Opgavebeweging;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
      assertThat(body.path("title").asString()).isEqualTo("Onleesbaar document");
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
    });
  }

  private static MvcResult post(WebApplicationContext context, String path, String json) throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
        .addFilters(context.getBean(RequestBodyLimitFilter.class)).build();
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
        .contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8))).andReturn();
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
      throw new InvalidValueException(java.util.List.of("eerste regel", "tweede regel"));
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
