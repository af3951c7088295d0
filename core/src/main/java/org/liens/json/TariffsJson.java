package org.liens.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.liens.catalog.OfferCode;
import org.liens.pricing.GroupModel;
import org.liens.pricing.Money;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.TariffBook;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;

/**
 * Reads and writes tariff books as JSON. The 2023 tariffs of "Au bonheur des liens" (R3) ship as
 * {@code org/liens/json/tariffs-2023.json}; a host loads its own with {@link #read(InputStream)}, for instance to
 * add a 2024 price or to give the VAT exemption mention its accountant chose.
 *
 * <p>Format: {@code {"values": [{"offer": "MIP", "basis": "MODULE" | "HOUR" | "GROUP_MODEL", "from":
 * "2023-01-01", "price": "1800.00", "vat": {"regime": "EXEMPT", "mention": "…"} | {"regime": "TAXED", "rate":
 * "5.5"}, "groupModel": {"sessions": 6, "sessionMinutes": 60, "childrenPerGroup": 6}}]}}. Prices are TTC, as
 * strings or JSON numbers read exactly (never through a {@code double}); {@code mention} is optional (the
 * seller's configured mention is used without it); {@code groupModel} is given exactly for {@code GROUP_MODEL}.
 * A malformed document fails with {@link ErrorCode#MALFORMED_TARIFFS} and a message that names the offending
 * field, e.g. {@code values[4].groupModel.sessions}.
 */
public final class TariffsJson {
  private static final String STANDARD_2023 = "tariffs-2023.json";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final TariffBook STANDARD = load2023();

  private TariffsJson() {}

  /** The 2023 tariffs of the seed: MIP 1800 €, MADI 2000 €, MAPA 1800 €, ARCS 55 €/h and group model 900 €, from 2023-01-01. */
  public static TariffBook standard2023() {
    return STANDARD;
  }

  private static TariffBook load2023() {
    try (InputStream in = TariffsJson.class.getResourceAsStream(STANDARD_2023)) {
      return read(Checks.required(in, STANDARD_2023));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a tariff document.
   *
   * @throws InvalidInputException with {@link ErrorCode#MALFORMED_TARIFFS} naming the offending field
   */
  public static TariffBook read(InputStream json) {
    Checks.required(json, "json");
    try {
      return readBook(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed("$", "not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a tariff document from a string; see {@link #read(InputStream)}. */
  public static TariffBook read(String json) {
    Checks.required(json, "json");
    try {
      return readBook(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed("$", "not valid JSON (" + e.getOriginalMessage() + ")");
    }
  }

  private static TariffBook readBook(JsonNode root) {
    Node doc = new Node("", root);
    doc.allowOnly(Set.of("tariffs", "values"));
    Node values = doc.get("values");
    if (!values.node.isArray()) {
      throw malformed(values.path, "expected an array");
    }
    List<Tariff> tariffs = new ArrayList<>();
    for (int i = 0; i < values.node.size(); i++) {
      tariffs.add(readTariff(new Node(values.path + "[" + i + "]", values.node.get(i))));
    }
    if (tariffs.isEmpty()) {
      throw malformed("values", "a tariff book needs at least one value");
    }
    return values.as(() -> TariffBook.of(tariffs));
  }

  private static Tariff readTariff(Node value) {
    value.allowOnly(Set.of("offer", "basis", "from", "price", "vat", "groupModel"));
    OfferCode offer = value.get("offer").as(() -> OfferCode.of(value.get("offer").text()));
    PriceBasis basis = value.get("basis").enumValue(PriceBasis.class);
    LocalDate from = value.get("from").date();
    Money price = value.get("price").money();
    VatRegime vat = readVat(value.get("vat"));
    Optional<GroupModel> model = value.optional("groupModel").map(TariffsJson::readGroupModel);
    if (model.isPresent() != (basis == PriceBasis.GROUP_MODEL)) {
      throw malformed(value.path + ".groupModel", "given exactly for the GROUP_MODEL basis");
    }
    return value.get("price").as(() -> new Tariff(offer, basis, from, price, vat, model));
  }

  private static VatRegime readVat(Node vat) {
    vat.allowOnly(Set.of("regime", "mention", "rate"));
    String regime = vat.get("regime").text();
    switch (regime) {
      case "EXEMPT" -> {
        if (vat.optional("rate").isPresent()) {
          throw malformed(vat.path + ".rate", "an exempt regime has no rate");
        }
        Optional<String> mention = vat.optional("mention").map(Node::text);
        return vat.as(() -> mention.map(VatRegime::exempt).orElseGet(VatRegime::exempt));
      }
      case "TAXED" -> {
        if (vat.optional("mention").isPresent()) {
          throw malformed(vat.path + ".mention", "a taxed regime has no exemption mention");
        }
        Node rate = vat.get("rate");
        return rate.as(() -> VatRegime.taxed(VatRate.of(rate.node.isNumber() ? rate.node.decimalValue().toPlainString() : rate.text())));
      }
      default -> throw malformed(vat.path + ".regime", "expected EXEMPT or TAXED, was '" + regime + "'");
    }
  }

  private static GroupModel readGroupModel(Node model) {
    model.allowOnly(Set.of("sessions", "sessionMinutes", "childrenPerGroup"));
    int sessions = model.get("sessions").integer();
    int minutes = model.get("sessionMinutes").integer();
    int children = model.get("childrenPerGroup").integer();
    return model.as(() -> new GroupModel(sessions, Duration.ofMinutes(minutes), children));
  }

  /** The JSON of a tariff book, readable by {@link #read(String)}. */
  public static String write(TariffBook book) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode values = root.putArray("values");
    for (Tariff t : Checks.required(book, "book").all()) {
      ObjectNode v = values.addObject();
      v.put("offer", t.offer().value());
      v.put("basis", t.basis().name());
      v.put("from", t.effectiveFrom().toString());
      v.put("price", t.price().toBigDecimal().toPlainString());
      ObjectNode vat = v.putObject("vat");
      if (t.vat() instanceof VatRegime.Taxed taxed) {
        vat.put("regime", "TAXED").put("rate", taxed.rate().percent().toPlainString());
      } else if (t.vat() instanceof VatRegime.Exempt exempt) {
        vat.put("regime", "EXEMPT");
        exempt.legalMention().ifPresent(m -> vat.put("mention", m));
      }
      t.groupModel().ifPresent(m -> v.putObject("groupModel")
          .put("sessions", m.sessions())
          .put("sessionMinutes", m.sessionLength().toMinutes())
          .put("childrenPerGroup", m.childrenPerGroup()));
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InvalidInputException malformed(String path, String message) {
    return new InvalidInputException(ErrorCode.MALFORMED_TARIFFS, (path.isEmpty() ? "$" : path) + ": " + message);
  }

  /** A node with its path, for messages that name the offending field. */
  private record Node(String path, JsonNode node) {
    Node get(String name) {
      String childPath = path.isEmpty() ? name : path + "." + name;
      requireObject();
      JsonNode child = node.get(name);
      if (child == null || child.isNull()) {
        throw malformed(childPath, "missing");
      }
      return new Node(childPath, child);
    }

    Optional<Node> optional(String name) {
      requireObject();
      JsonNode child = node.get(name);
      return child == null || child.isNull()
          ? Optional.empty()
          : Optional.of(new Node(path.isEmpty() ? name : path + "." + name, child));
    }

    void allowOnly(Set<String> names) {
      requireObject();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!names.contains(name)) {
          throw malformed(path.isEmpty() ? name : path + "." + name, "unknown field");
        }
      }
    }

    private void requireObject() {
      if (!node.isObject()) {
        throw malformed(path, "expected an object");
      }
    }

    String text() {
      if (!node.isTextual()) {
        throw malformed(path, "expected a string");
      }
      return node.asText();
    }

    int integer() {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw malformed(path, "expected a whole number");
      }
      return node.intValue();
    }

    LocalDate date() {
      try {
        return LocalDate.parse(text());
      } catch (DateTimeParseException e) {
        throw malformed(path, "expected a date like 2023-01-01");
      }
    }

    Money money() {
      BigDecimal amount;
      if (node.isNumber()) {
        amount = node.decimalValue();
      } else {
        try {
          amount = new BigDecimal(text().strip());
        } catch (NumberFormatException e) {
          throw malformed(path, "expected an amount like \"1800.00\"");
        }
      }
      BigDecimal exact = amount;
      return as(() -> Money.of(exact));
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
      String value = text();
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw malformed(path, "unknown value '" + value + "'");
      }
    }

    /** Builds a value, reporting a rule it breaks at this node's path. */
    <T> T as(Supplier<T> build) {
      try {
        return build.get();
      } catch (LiensException e) {
        if (e.code() == ErrorCode.MALFORMED_TARIFFS) {
          throw e;
        }
        throw malformed(path, e.getMessage().replaceFirst("^[A-Z_]+: ", ""));
      }
    }
  }
}
