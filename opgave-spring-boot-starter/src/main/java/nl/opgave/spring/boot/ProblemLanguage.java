package nl.opgave.spring.boot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

final class ProblemLanguage {
  private final Locale defaultLanguage;
  private final ObjectProvider<LocaleResolver> resolvers;

  ProblemLanguage(Locale defaultLanguage, ObjectProvider<LocaleResolver> resolvers) {
    this.defaultLanguage = defaultLanguage;
    this.resolvers = resolvers;
  }

  Locale of(HttpServletRequest request) {
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
