package org.liens.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;

/**
 * One configured mapper and the typed errors of {@link LiensJson} around it; {@link LiensJson} (money as a decimal
 * string and currency) and {@link StorageJson} (money as cents) each hold one, and differ by nothing else.
 */
final class JsonMapping {
  private final ObjectMapper mapper;
  /** One reader per type read, its deserializer found once (issue 13: stored rows read per caseload line). */
  private final java.util.Map<Object, ObjectReader> readers = new java.util.concurrent.ConcurrentHashMap<>();

  JsonMapping(MoneyShape money) {
    this.mapper = new ObjectMapper()
        .registerModule(new LiensJacksonModule(money))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  /** {@return a copy of the mapper, which its caller may reconfigure} */
  ObjectMapper mapper() {
    return mapper.copy();
  }

  String write(Object value) {
    Checks.required(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof LiensException rule) {
        throw rule;
      }
      throw new InvalidInputException(ErrorCode.INVALID_VALUE,
          "a " + value.getClass().getSimpleName() + " cannot be written as JSON (at " + path(e) + ")", e);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE,
          "a " + value.getClass().getSimpleName() + " cannot be written as JSON", e);
    }
  }

  <T> T read(String json, Class<T> type) {
    Checks.required(type, "type");
    return read(json, readers.computeIfAbsent(type, t -> mapper.readerFor(type)), type, "");
  }

  <T> List<T> readList(String json, Class<T> element) {
    Checks.required(element, "element");
    return List.copyOf(this.<List<T>>read(json, readers.computeIfAbsent(List.of(List.class, element),
        t -> mapper.readerFor(mapper.getTypeFactory().constructCollectionType(List.class, element))), element,
        "list of "));
  }

  <T> Set<T> readSet(String json, Class<T> element) {
    Checks.required(element, "element");
    return Set.copyOf(this.<Set<T>>read(json, readers.computeIfAbsent(List.of(Set.class, element),
        t -> mapper.readerFor(mapper.getTypeFactory().constructCollectionType(Set.class, element))), element,
        "set of "));
  }

  /** Reads {@code json}; a failure names {@code prefix} and {@code type}'s simple name (built only then). */
  private <T> T read(String json, ObjectReader reader, Class<?> type, String prefix) {
    Checks.required(json, "json");
    try {
      return reader.readValue(json);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof LiensException rule) {
        // a domain rule refused the value: keep its code, whose message carries no personal data, and name the field
        if (e.getPath().isEmpty()) {
          throw rule;
        }
        throw new InvalidInputException(rule.code(), path(e) + ": " + rule.getMessage().replaceFirst("^[A-Z_]+: ", ""),
            rule);
      }
      throw new InvalidInputException(ErrorCode.MALFORMED_JSON, "not a valid " + prefix + type.getSimpleName() + " at "
          + path(e) + ": "
          + reason(e));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(ErrorCode.MALFORMED_JSON, "not valid JSON for " + prefix + type.getSimpleName()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }

  /** Why a mapping failed, in words of its own: Jackson's messages may quote the text read. */
  private static String reason(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown field";
    }
    if (e instanceof InvalidTypeIdException) {
      return "unknown type";
    }
    if (e instanceof ImmutablesCodec.MissingField) {
      return "missing";
    }
    if (e instanceof ValueInstantiationException) {
      return "inconsistent values";
    }
    if (e instanceof MismatchedInputException && !(e instanceof InvalidFormatException)) {
      return "not the expected shape";
    }
    return "invalid value";
  }

  /** The JSON path of a mapping failure, by field names and indexes only. */
  private static String path(JsonMappingException e) {
    return e.getPath().isEmpty()
        ? "$"
        : e.getPath().stream()
            .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("", "$", ""));
  }
}
