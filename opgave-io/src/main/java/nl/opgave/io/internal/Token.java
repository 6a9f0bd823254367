package nl.opgave.io.internal;

/** The kinds of JSON token. */
public enum Token {
  /** '{'. */
  START_OBJECT,
  /** '}'. */
  END_OBJECT,
  /** '['. */
  START_ARRAY,
  /** ']'. */
  END_ARRAY,
  /** A field name. */
  FIELD_NAME,
  /** A string value. */
  VALUE_STRING,
  /** An integer. */
  VALUE_NUMBER_INT,
  /** A number with a fraction or exponent. */
  VALUE_NUMBER_FLOAT,
  /** true. */
  VALUE_TRUE,
  /** false. */
  VALUE_FALSE,
  /** null. */
  VALUE_NULL,
  /** Anything else a streaming library reports (embedded objects, placeholders). */
  OTHER
}
