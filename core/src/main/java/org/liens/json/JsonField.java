package org.liens.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.liens.catalog.OfferCode;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;

/**
 * A node of a data document (a catalogue, a tariff book) with its path, so that every failure names the offending
 * field ({@code offers[1].contactTargets.homeVisits.max: …}) under the document's own error code.
 */
record JsonField(ErrorCode code, String path, JsonNode node) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The root of a document read from a stream. */
  static JsonField root(ErrorCode code, InputStream json) {
    try {
      return root(code, MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(code, "$", "not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new InvalidInputException(code, "$: the document could not be read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** The root of a document read from a string. */
  static JsonField root(ErrorCode code, String json) {
    try {
      return root(code, MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(code, "$", "not valid JSON (" + e.getOriginalMessage() + ")");
    }
  }

  private static JsonField root(ErrorCode code, JsonNode node) {
    if (node == null || node.isMissingNode()) {
      throw malformed(code, "$", "empty document");
    }
    return new JsonField(code, "", node);
  }

  static InvalidInputException malformed(ErrorCode code, String path, String message) {
    return new InvalidInputException(code, (path.isEmpty() ? "$" : path) + ": " + message);
  }

  /** A failure at this field. */
  InvalidInputException malformed(String message) {
    return malformed(code, path, message);
  }

  private String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The required member {@code name}. */
  JsonField get(String name) {
    requireObject();
    JsonNode child = node.get(name);
    if (child == null || child.isNull()) {
      throw malformed(code, child(name), "missing");
    }
    return new JsonField(code, child(name), child);
  }

  /** The optional member {@code name}; absent or null is empty. */
  Optional<JsonField> optional(String name) {
    requireObject();
    JsonNode child = node.get(name);
    return child == null || child.isNull() ? Optional.empty() : Optional.of(new JsonField(code, child(name), child));
  }

  /** Fails on a member not in {@code names}: a typo is an error, not a silent default. */
  void allowOnly(Set<String> names) {
    requireObject();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw malformed(code, child(name), "unknown field");
      }
    }
  }

  private void requireObject() {
    if (!node.isObject()) {
      throw malformed("expected an object");
    }
  }

  String text() {
    if (!node.isTextual()) {
      throw malformed("expected a string");
    }
    return node.asText();
  }

  int integer() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw malformed("expected a whole number");
    }
    return node.intValue();
  }

  LocalDate date() {
    try {
      return LocalDate.parse(text());
    } catch (DateTimeParseException e) {
      throw malformed("expected a date like 2023-01-01");
    }
  }

  /** An amount in euros, as a JSON number or a string like {@code "1800.00"}. */
  Money money() {
    BigDecimal amount;
    if (node.isNumber()) {
      amount = node.decimalValue();
    } else {
      try {
        amount = new BigDecimal(text().strip());
      } catch (NumberFormatException e) {
        throw malformed("expected an amount like \"1800.00\"");
      }
    }
    BigDecimal exact = amount;
    return as(() -> Money.of(exact));
  }

  OfferCode offerCode() {
    String text = text();
    return as(() -> OfferCode.of(text));
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = text();
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(text)) {
        return value;
      }
    }
    throw malformed("expected one of " + Arrays.toString(type.getEnumConstants()));
  }

  <T> List<T> list(Function<JsonField, T> element) {
    if (!node.isArray()) {
      throw malformed("expected an array");
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      values.add(element.apply(new JsonField(code, path + "[" + i + "]", node.get(i))));
    }
    return values;
  }

  /** Builds a domain value, turning the rule it breaks into a failure that names this field. */
  <T> T as(Supplier<T> build) {
    try {
      return build.get();
    } catch (LiensException e) {
      if (e.code() == code) {
        throw e;
      }
      throw malformed(e.getMessage().replaceFirst("^[A-Z_]+: ", ""));
    }
  }
}
