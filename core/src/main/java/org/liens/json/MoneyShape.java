package org.liens.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.liens.pricing.Money;

/**
 * The two JSON shapes of {@link Money}: {@link #DECIMAL}, the host-facing one of {@link LiensJson} and
 * {@link LiensJacksonModule}, and {@link #CENTS}, the stored one of {@link StorageJson}, which the rows and outbox
 * documents written since version 1 hold and which must never change.
 */
enum MoneyShape {
  /**
   * {@code {"amount":"1800.00","currency":"EUR"}}: the amount as a decimal string, always written with two decimals,
   * read with at most two ({@code "1800"}, {@code "1800.5"}), an optional minus sign and nothing else (no exponent,
   * no plus sign, no comma, no spaces, no leading zero); the currency is always {@code "EUR"}.
   */
  DECIMAL {
    @Override
    void write(Money money, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField(AMOUNT, money.toBigDecimal().toPlainString());
      gen.writeStringField(CURRENCY, EUR);
      gen.writeEndObject();
    }

    @Override
    Money read(JsonNode node) {
      if (!node.isObject() || node.size() != 2 || !EUR.equals(node.path(CURRENCY).textValue())) {
        return null;
      }
      String amount = node.path(AMOUNT).textValue();
      if (amount == null || !DECIMAL_AMOUNT.matcher(amount).matches()) {
        return null;
      }
      // out of Money's bounds: INVALID_AMOUNT, the rule's code, as for any value a rule refuses
      return Money.of(new BigDecimal(amount));
    }
  },

  /** A whole number of euro cents, a JSON integer: {@code 180000} is 1800.00 €. */
  CENTS {
    @Override
    void write(Money money, JsonGenerator gen) throws IOException {
      gen.writeNumber(money.cents());
    }

    @Override
    Money read(JsonNode node) {
      return node.isInt() || node.isLong() ? Money.ofCents(node.longValue()) : null;
    }
  };

  /** The field of the amount in the decimal shape. */
  static final String AMOUNT = "amount";
  /** The field of the currency in the decimal shape. */
  static final String CURRENCY = "currency";
  /** The only currency of Liens. */
  static final String EUR = "EUR";

  private static final Pattern DECIMAL_AMOUNT = Pattern.compile("-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?");

  /** Writes {@code money} in this shape. */
  abstract void write(Money money, JsonGenerator gen) throws IOException;

  /** {@return the amount of {@code node}, or {@code null} if it is not in this shape} */
  abstract Money read(JsonNode node);
}
