package org.liens.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;

/**
 * The one mechanism behind every custom JSON format of {@link LiensJson}: a value type with a function that writes
 * it and a function that reads it back from its JSON tree. A reader returns {@code null} for a tree that is not in
 * the type's format, which fails as a mismatched input ({@code INVALID_VALUE} naming the type and the JSON path);
 * a reader that throws a {@code LiensException} keeps its code.
 *
 * @param <T> the value type
 */
final class Codec<T> {
  /** Writes one value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator gen) throws IOException;
  }

  /**
   * Thrown by a reader when one field of the tree is not in its format, so that the failure names that field's path
   * ({@code $.travel.unitCost}) rather than the whole value's.
   */
  static final class FieldMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    FieldMismatch(String field) {
      super(field, null, false, false);
      this.field = field;
    }
  }

  private final Class<T> type;
  private final Writer<T> writer;
  private final Function<JsonNode, T> reader;

  private Codec(Class<T> type, Writer<T> writer, Function<JsonNode, T> reader) {
    this.type = type;
    this.writer = writer;
    this.reader = reader;
  }

  /** A codec of {@code type}. */
  static <T> Codec<T> of(Class<T> type, Writer<T> writer, Function<JsonNode, T> reader) {
    return new Codec<>(type, writer, reader);
  }

  /** A value written as a JSON string: {@code text} writes it, {@code parse} reads it. */
  static <T> Codec<T> ofString(Class<T> type, Function<T, String> text, Function<String, T> parse) {
    return of(type, (value, gen) -> gen.writeString(text.apply(value)),
        node -> node.isTextual() ? parse.apply(node.textValue()) : null);
  }

  /** Registers the serializer and the deserializer of this codec on {@code module}. */
  void register(SimpleModule module) {
    module.addSerializer(type, new Serializer());
    module.addDeserializer(type, new Deserializer());
    if (type.isSealed()) {
      for (Class<?> subtype : type.getPermittedSubclasses()) {
        registerSubtype(module, subtype);
      }
    }
  }

  /** A record of a sealed type is read in its type's format, and must be of that record. */
  private <S> void registerSubtype(SimpleModule module, Class<S> subtype) {
    Deserializer whole = new Deserializer();
    module.addDeserializer(subtype, new JsonDeserializer<S>() {
      @Override
      public S deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        T value = whole.deserialize(p, ctxt);
        if (subtype.isInstance(value)) {
          return subtype.cast(value);
        }
        return ctxt.reportInputMismatch(subtype, "another kind of " + type.getSimpleName());
      }
    });
  }

  /** The serializer alone, for a type whose subtypes share it (the ids). */
  JsonSerializer<T> serializer() {
    return new Serializer();
  }

  /** The deserializer alone, for types found while reading (the ids). */
  JsonDeserializer<T> deserializer() {
    return new Deserializer();
  }

  private final class Serializer extends JsonSerializer<T> {
    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      writer.write(value, gen);
    }
  }

  private final class Deserializer extends JsonDeserializer<T> {
    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      T value;
      try {
        value = node == null ? null : reader.apply(node);
      } catch (FieldMismatch m) {
        throw JsonMappingException.wrapWithPath(
            MismatchedInputException.from(p, type, "a field of " + type.getSimpleName() + " has another shape"),
            type, m.field);
      }
      return value != null ? value : type.cast(ctxt.handleUnexpectedToken(type, p));
    }
  }
}
