package nl.opgave.spring.boot;

import java.util.List;
import nl.opgave.io.OpgaveFormatException;
import nl.opgave.model.InvalidValueException;
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
  @ExceptionHandler(OpgaveFormatException.class)
  ResponseEntity<ProblemDetail> unreadable(OpgaveFormatException exception) {
    return respond(OpgaveProblemDetails.of(exception));
  }

  @ExceptionHandler(InvalidValueException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidValueException exception) {
    return respond(OpgaveProblemDetails.of(exception));
  }

  @ExceptionHandler(JacksonException.class)
  ResponseEntity<ProblemDetail> jackson(JacksonException exception) {
    return respond(OpgaveProblemDetails.of(exception));
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException exception) {
    return respond(OpgaveProblemDetails.tooLarge(exception.limitBytes()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> notReadable(HttpMessageNotReadableException exception) {
    BodyTooLargeException tooLarge = OpgaveProblemDetails.find(exception, BodyTooLargeException.class);
    if (tooLarge != null) {
      return tooLarge(tooLarge);
    }
    OpgaveFormatException format = OpgaveProblemDetails.find(exception, OpgaveFormatException.class);
    if (format != null) {
      return unreadable(format);
    }
    InvalidValueException invalid = OpgaveProblemDetails.find(exception, InvalidValueException.class);
    if (invalid != null) {
      return invalid(invalid);
    }
    JacksonException jackson = OpgaveProblemDetails.find(exception, JacksonException.class);
    if (jackson != null) {
      return jackson(jackson);
    }
    return unreadable(new OpgaveFormatException(List.of(new OpgaveFormatException.Problem("request", 0, 0, "",
        "the request body is missing or unreadable"))));
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail detail) {
    return ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
  }
}
