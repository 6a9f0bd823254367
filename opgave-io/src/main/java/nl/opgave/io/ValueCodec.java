package nl.opgave.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.opgave.io.internal.JsonOut;

/** Writes a value as JSON and reads it back strictly; one per value type. */
interface ValueCodec<T> {
  /** Writes the value at the generator's current position. */
  void write(JsonOut out, T value) throws IOException;

  /** Reads the value at the cursor's current token; returns null after reporting problems to the cursor. */
  T read(JsonIn in) throws IOException;

  /** Writes the values as an array. */
  default void writeList(JsonOut out, List<? extends T> values) throws IOException {
    out.writeStartArray();
    for (T value : values) {
      write(out, value);
    }
    out.writeEndArray();
  }

  /** Reads an array of values; elements with problems are left out (the problems are reported). */
  default List<T> readList(JsonIn in, String expected) throws IOException {
    List<T> values = new ArrayList<>();
    if (in.array(expected)) {
      while (in.element()) {
        T value = read(in);
        if (value != null) {
          values.add(value);
        }
      }
    }
    return values;
  }

  /**
   * Returns a codec for an object whose one field holds a list: {@code {"entries": [...]}}.
   *
   * @param field the field's name
   * @param elements the codec of one element
   * @param expectedArray what the field must hold, for problems: "an array of events"
   * @param list the list of a value
   * @param wrap the value of a list
   */
  static <W, T> ValueCodec<W> wrapping(String field, ValueCodec<T> elements, String expectedArray,
      Function<W, List<T>> list, Function<List<T>, W> wrap) {
    String expected = "an object with '" + field + "'";
    FieldNames names = FieldNames.of(field);
    return of((out, value) -> {
      out.writeStartObject();
      out.writeFieldName(names.serialized(0));
      elements.writeList(out, list.apply(value));
      out.writeEndObject();
    }, in -> {
      JsonIn.Mark mark = in.object(expected);
      if (mark == null) {
        return null;
      }
      List<T> items = List.of();
      String name;
      while ((name = in.field(names)) != null) {
        if (name.equals(field)) {
          items = elements.readList(in, expectedArray);
        } else {
          in.unknown(name, names.known());
        }
      }
      List<T> read = items;
      return in.build(mark, () -> wrap.apply(read));
    });
  }

  /** Returns a codec of a writer and a reader. */
  static <T> ValueCodec<T> of(Writer<T> writer, Reader<T> reader) {
    return new ValueCodec<>() {
      @Override
      public void write(JsonOut out, T value) throws IOException {
        writer.write(out, value);
      }

      @Override
      public T read(JsonIn in) throws IOException {
        return reader.read(in);
      }
    };
  }

  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonOut out, T value) throws IOException;
  }

  /** Reads one value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonIn in) throws IOException;
  }
}
