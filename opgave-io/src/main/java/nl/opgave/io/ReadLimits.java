package nl.opgave.io;

/**
 * The limits every reader of opgave-io enforces, so that hostile input cannot exhaust memory or the stack.
 *
 * <p>The defaults ({@link #DEFAULT}) are 64 MiB per document, 64 levels of nesting, strings of at most
 * 1,000,000 characters, numbers of at most 40 characters, field names of at most 1,000 characters, collections
 * (JSON arrays, CSV rows) of at most 1,000,000 elements, and at most 100 problems reported per document.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of JSON objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest field name, in characters
 * @param maxCollectionSize the most elements of one array, or rows of one CSV file
 * @param maxProblems the most problems collected before reading stops
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
    int maxNameLength, int maxCollectionSize, int maxProblems) {

  /** The documented defaults. */
  public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 64, 1_000_000, 40, 1_000, 1_000_000, 100);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ReadLimits {
    positive("maxDocumentBytes", maxDocumentBytes);
    positive("maxDepth", maxDepth);
    positive("maxStringLength", maxStringLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxNameLength", maxNameLength);
    positive("maxCollectionSize", maxCollectionSize);
    positive("maxProblems", maxProblems);
  }

  /** Returns these limits with another largest document size, in bytes. */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength, maxCollectionSize,
        maxProblems);
  }

  /** Returns these limits with another deepest nesting. */
  public ReadLimits withMaxDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxNameLength,
        maxCollectionSize, maxProblems);
  }

  /** Returns these limits with another longest string, in characters. */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxDepth, length, maxNumberLength, maxNameLength, maxCollectionSize,
        maxProblems);
  }

  /** Returns these limits with another longest number, in characters. */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, length, maxNameLength, maxCollectionSize,
        maxProblems);
  }

  /** Returns these limits with another longest field name, in characters. */
  public ReadLimits withMaxNameLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, length, maxCollectionSize,
        maxProblems);
  }

  /** Returns these limits with another largest collection. */
  public ReadLimits withMaxCollectionSize(int size) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength, size,
        maxProblems);
  }

  /** Returns these limits with another most problems reported. */
  public ReadLimits withMaxProblems(int problems) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxCollectionSize, problems);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
  }
}
