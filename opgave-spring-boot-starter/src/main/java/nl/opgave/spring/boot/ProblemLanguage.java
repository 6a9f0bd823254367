package nl.opgave.spring.boot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request's problem details: Dutch or English from {@code Accept-Language}, else
 * {@code opgave.problem-details.default-language}; a bean for a host's own error responses.
 */
public final class ProblemLanguage {
  private final Locale defaultLanguage;
  private final ObjectProvider<LocaleResolver> resolvers;

  ProblemLanguage(Locale defaultLanguage, ObjectProvider<LocaleResolver> resolvers) {
    this.defaultLanguage = defaultLanguage;
    this.resolvers = resolvers;
  }

  /**
   * Returns the locale to render this request's problems in.
   *
   * @param request the request being answered
   * @return the asked locale, or the configured default when the request does not say or cannot be read
   */
  public Locale of(HttpServletRequest request) {
    String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    if (asked == null || asked.isBlank()) {
      return defaultLanguage;
    }
    try {
      LocaleResolver resolver = resolvers.getIfUnique();
      Locale locale = resolver == null ? request.getLocale() : resolver.resolveLocale(request);
      return locale == null ? defaultLanguage : locale;
    } catch (RuntimeException unreadableHeader) {
      return defaultLanguage;
    }
  }
}
