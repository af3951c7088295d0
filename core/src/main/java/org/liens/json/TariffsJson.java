package org.liens.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  private static final JsonDocument<TariffBook> FORMAT =
      new JsonDocument<>(ErrorCode.MALFORMED_TARIFFS, TariffsJson::readBook);
  private static final TariffBook STANDARD = FORMAT.resource(STANDARD_2023);

  private TariffsJson() {}

  /**
   * {@return the 2023 tariffs of the seed: MIP 1800 €, MADI 2000 €, MAPA 1800 €, ARCS 55 €/h and group model 900 €,
   * from 2023-01-01}
   */
  public static TariffBook standard2023() {
    return STANDARD;
  }

  /**
   * Reads a tariff document.
   *
   * @param json the JSON document, in UTF-8; not closed
   * @throws InvalidInputException with {@link ErrorCode#MALFORMED_TARIFFS} naming the offending field
   * @return the tariff book
   */
  public static TariffBook read(InputStream json) {
    return FORMAT.read(json);
  }

  /**
   * Reads a tariff document from a string; see {@link #read(InputStream)}.
   *
   * @param json the JSON text
   * @return the tariff book
   */
  public static TariffBook read(String json) {
    return FORMAT.read(json);
  }

  private static TariffBook readBook(JsonField doc) {
    doc.allowOnly(Set.of("tariffs", "values"));
    JsonField values = doc.get("values");
    List<Tariff> tariffs = values.list(TariffsJson::readTariff);
    if (tariffs.isEmpty()) {
      throw malformed("values", "a tariff book needs at least one value");
    }
    return values.as(() -> TariffBook.of(tariffs));
  }

  private static Tariff readTariff(JsonField value) {
    value.allowOnly(Set.of("offer", "basis", "from", "price", "vat", "groupModel"));
    OfferCode offer = value.get("offer").offerCode();
    PriceBasis basis = value.get("basis").enumValue(PriceBasis.class);
    LocalDate from = value.get("from").date();
    Money price = value.get("price").money();
    VatRegime vat = readVat(value.get("vat"));
    Optional<GroupModel> model = value.optional("groupModel").map(TariffsJson::readGroupModel);
    if (model.isPresent() != (basis == PriceBasis.GROUP_MODEL)) {
      throw malformed(value.path() + ".groupModel", "given exactly for the GROUP_MODEL basis");
    }
    return value.get("price").as(() -> new Tariff(offer, basis, from, price, vat, model));
  }

  private static VatRegime readVat(JsonField vat) {
    vat.allowOnly(Set.of("regime", "mention", "rate"));
    String regime = vat.get("regime").text();
    switch (regime) {
      case "EXEMPT" -> {
        if (vat.optional("rate").isPresent()) {
          throw malformed(vat.path() + ".rate", "an exempt regime has no rate");
        }
        Optional<String> mention = vat.optional("mention").map(JsonField::text);
        return vat.as(() -> mention.map(VatRegime::exempt).orElseGet(VatRegime::exempt));
      }
      case "TAXED" -> {
        if (vat.optional("mention").isPresent()) {
          throw malformed(vat.path() + ".mention", "a taxed regime has no exemption mention");
        }
        JsonField rate = vat.get("rate");
        return rate.as(() -> VatRegime.taxed(VatRate.of(rate.node().isNumber() ? rate.node().decimalValue().toPlainString() : rate.text())));
      }
      default -> throw malformed(vat.path() + ".regime", "expected EXEMPT or TAXED");
    }
  }

  private static GroupModel readGroupModel(JsonField model) {
    model.allowOnly(Set.of("sessions", "sessionMinutes", "childrenPerGroup"));
    int sessions = model.get("sessions").integer();
    int minutes = model.get("sessionMinutes").integer();
    int children = model.get("childrenPerGroup").integer();
    return model.as(() -> new GroupModel(sessions, Duration.ofMinutes(minutes), children));
  }

  /**
   * {@return the JSON of a tariff book, readable by {@link #read(String)}}
   *
   * @param book the tariffs
   */
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
    return JsonField.malformed(ErrorCode.MALFORMED_TARIFFS, path, message);
  }
}
