package nl.opgave.spring.boot;

import java.util.Locale;
import java.util.Objects;
import nl.opgave.io.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The {@code opgave.*} properties: the read limits of every document and request body, and problem details. */
@ConfigurationProperties("opgave")
public class OpgaveProperties {
  private final Limits readLimits = new Limits();
  private final ProblemDetails problemDetails = new ProblemDetails();

  /** Creates the properties with their defaults; Spring binds them. */
  public OpgaveProperties() {}

  /** Returns the read limits, {@code opgave.read-limits.*}. */
  public Limits getReadLimits() {
    return readLimits;
  }

  /** Returns the problem-details settings, {@code opgave.problem-details.*}. */
  public ProblemDetails getProblemDetails() {
    return problemDetails;
  }

  /** The read limits; each defaults to {@link ReadLimits#DEFAULT}. */
  public static class Limits {
    private DataSize maxDocumentSize = DataSize.ofBytes(ReadLimits.DEFAULT.maxDocumentBytes());
    private int maxDepth = ReadLimits.DEFAULT.maxDepth();
    private int maxStringLength = ReadLimits.DEFAULT.maxStringLength();
    private int maxNumberLength = ReadLimits.DEFAULT.maxNumberLength();
    private int maxNameLength = ReadLimits.DEFAULT.maxNameLength();
    private int maxCollectionSize = ReadLimits.DEFAULT.maxCollectionSize();
    private int maxProblems = ReadLimits.DEFAULT.maxProblems();

    /** Creates the limits of {@link ReadLimits#DEFAULT}. */
    public Limits() {}

    /**
     * Returns the limits as opgave-io's value.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits toReadLimits() {
      return new ReadLimits(maxDocumentSize.toBytes(), maxDepth, maxStringLength, maxNumberLength, maxNameLength,
          maxCollectionSize, maxProblems);
    }

    /** Returns the largest document, and the largest JSON request body; {@code 64MB} by default. */
    public DataSize getMaxDocumentSize() {
      return maxDocumentSize;
    }

    /** Sets the largest document, and the largest JSON request body. */
    public void setMaxDocumentSize(DataSize maxDocumentSize) {
      this.maxDocumentSize = maxDocumentSize;
    }

    /** Returns the deepest nesting of JSON objects and arrays. */
    public int getMaxDepth() {
      return maxDepth;
    }

    /** Sets the deepest nesting of JSON objects and arrays. */
    public void setMaxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
    }

    /** Returns the longest string value, in characters. */
    public int getMaxStringLength() {
      return maxStringLength;
    }

    /** Sets the longest string value, in characters. */
    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /** Returns the longest number, in characters. */
    public int getMaxNumberLength() {
      return maxNumberLength;
    }

    /** Sets the longest number, in characters. */
    public void setMaxNumberLength(int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }

    /** Returns the longest field name, in characters. */
    public int getMaxNameLength() {
      return maxNameLength;
    }

    /** Sets the longest field name, in characters. */
    public void setMaxNameLength(int maxNameLength) {
      this.maxNameLength = maxNameLength;
    }

    /** Returns the most elements of one array, or rows of one CSV file. */
    public int getMaxCollectionSize() {
      return maxCollectionSize;
    }

    /** Sets the most elements of one array, or rows of one CSV file. */
    public void setMaxCollectionSize(int maxCollectionSize) {
      this.maxCollectionSize = maxCollectionSize;
    }

    /** Returns the most problems collected before reading stops. */
    public int getMaxProblems() {
      return maxProblems;
    }

    /** Sets the most problems collected before reading stops. */
    public void setMaxProblems(int maxProblems) {
      this.maxProblems = maxProblems;
    }
  }

  /**
   * Whether unreadable documents, invalid values and too large JSON bodies answer with RFC 9457 problem details, and
   * in which language when the request does not say.
   */
  public static class ProblemDetails {
    private boolean enabled = true;
    private Locale defaultLanguage = Locale.ENGLISH;

    /** Creates the settings with the handling on. */
    public ProblemDetails() {}

    /** Returns whether the problem-details handling is on; {@code true} by default. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Switches the problem-details handling on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Returns the language of a response to a request without {@code Accept-Language}; {@code en} by default.
     * Dutch ({@code nl}) or English: any other language answers in English.
     */
    public Locale getDefaultLanguage() {
      return defaultLanguage;
    }

    /**
     * Sets the language of a response to a request without {@code Accept-Language}.
     *
     * @throws NullPointerException if defaultLanguage is null
     */
    public void setDefaultLanguage(Locale defaultLanguage) {
      this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    }
  }
}
