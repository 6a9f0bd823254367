package nl.opgave.spring.boot;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.jackson3.OpgaveJacksonException;
import nl.opgave.model.InvalidValueException;
import nl.opgave.model.ProblemCode;
import nl.opgave.model.ProblemMessage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpgaveExceptionHandler {
  private final ProblemLanguage language;

  OpgaveExceptionHandler(ProblemLanguage language) {
    this.language = language;
  }

  @ExceptionHandler(OpgaveFormatException.class)
  ResponseEntity<ProblemDetail> unreadable(OpgaveFormatException exception, HttpServletRequest request) {
    return respond(request, OpgaveProblemDetails.of(exception, language.of(request)));
  }

  @ExceptionHandler(InvalidValueException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidValueException exception, HttpServletRequest request) {
    return respond(request, OpgaveProblemDetails.of(exception, language.of(request)));
  }

  @ExceptionHandler(OpgaveJacksonException.class)
  ResponseEntity<ProblemDetail> jackson(JacksonException exception, HttpServletRequest request) {
    return respond(request, OpgaveProblemDetails.of(exception, language.of(request)));
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException exception, HttpServletRequest request) {
    return respond(request, OpgaveProblemDetails.tooLarge(exception.limitBytes(), language.of(request)));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> notReadable(HttpMessageNotReadableException exception,
      HttpServletRequest request) {
    OpgaveJacksonException ours = OpgaveProblemDetails.find(exception, OpgaveJacksonException.class);
    if (ours != null) {
      return jackson(ours, request);
    }
    OpgaveFormatException format = OpgaveProblemDetails.find(exception, OpgaveFormatException.class);
    if (format != null) {
      return unreadable(format, request);
    }
    InvalidValueException invalid = OpgaveProblemDetails.find(exception, InvalidValueException.class);
    if (invalid != null) {
      return invalid(invalid, request);
    }
    JacksonException jackson = OpgaveProblemDetails.find(exception, JacksonException.class);
    if (jackson != null) {
      return jackson(jackson, request);
    }
    return unreadable(new OpgaveFormatException(List.of(new OpgaveFormatException.Problem("request", 0, 0, "",
        ProblemMessage.of(ProblemCode.REQUEST_BODY_MISSING)))), request);
  }

  /** A body over the limit is a 413, however the reader that met the limit reported it. */
  private ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ProblemDetail problem) {
    ProblemDetail detail = problem;
    if (request.getAttribute(RequestBodyLimitFilter.EXCEEDED) instanceof Long limit) {
      detail = OpgaveProblemDetails.tooLarge(limit, language.of(request));
      detail.setInstance(problem.getInstance());
    }
    return ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
  }
}
