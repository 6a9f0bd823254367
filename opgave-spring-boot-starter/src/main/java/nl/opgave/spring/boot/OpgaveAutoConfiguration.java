package nl.opgave.spring.boot;

import nl.opgave.io.OpgaveJson;
import nl.opgave.jackson3.OpgaveJackson3Module;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.JacksonModule;

/**
 * Auto-configures opgave in a Spring Boot 4 application: an {@link OpgaveJson} and the Jackson 3 module
 * ({@link OpgaveJackson3Module}, which Boot adds to its {@code JsonMapper}) with the configured read limits, and in
 * a servlet web application RFC 9457 problem details for unreadable documents, invalid values and JSON
 * request bodies larger than the read limit (413), in the language the request asks for.
 */
@AutoConfiguration
@EnableConfigurationProperties(OpgaveProperties.class)
public class OpgaveAutoConfiguration {
  /** Creates the auto-configuration; Spring calls it. */
  public OpgaveAutoConfiguration() {}

  /**
   * Returns opgave-io's JSON reader and writer with the read limits of {@code opgave.read-limits.*}.
   *
   * @throws IllegalArgumentException if a configured limit is not positive
   */
  @Bean
  @ConditionalOnMissingBean
  public OpgaveJson opgaveJson(OpgaveProperties properties) {
    return OpgaveJson.standard().withLimits(properties.getReadLimits().toReadLimits());
  }

  /** The Jackson 3 module as a bean: Boot's JacksonAutoConfiguration adds every JacksonModule bean to its JsonMapper. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JacksonModule.class)
  static class Jackson3Configuration {
    @Bean
    @ConditionalOnMissingBean
    OpgaveJackson3Module opgaveJackson3Module(OpgaveProperties properties) {
      return new OpgaveJackson3Module(properties.getReadLimits().toReadLimits());
    }
  }

  /** The problem-details handling, in servlet web applications that have Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
  @ConditionalOnBooleanProperty(name = "opgave.problem-details.enabled", matchIfMissing = true)
  static class ProblemDetailsConfiguration {
    @Bean
    ProblemLanguage opgaveProblemLanguage(OpgaveProperties properties, ObjectProvider<LocaleResolver> resolvers) {
      return new ProblemLanguage(properties.getProblemDetails().getDefaultLanguage(), resolvers);
    }

    @Bean
    OpgaveExceptionHandler opgaveExceptionHandler(ProblemLanguage opgaveProblemLanguage) {
      return new OpgaveExceptionHandler(opgaveProblemLanguage);
    }

    @Bean
    RequestBodyLimitFilter opgaveRequestBodyLimitFilter(OpgaveProperties properties,
        ProblemLanguage opgaveProblemLanguage) {
      return new RequestBodyLimitFilter(properties.getReadLimits().getMaxDocumentSize().toBytes(),
          opgaveProblemLanguage);
    }
  }
}
