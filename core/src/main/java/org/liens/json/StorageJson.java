package org.liens.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.liens.event.DomainEvent;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * The stored JSON of Liens values, for storage adapters only: nested values in text columns and the outbox's event
 * bodies. It is the format of {@link LiensJson} but for {@link org.liens.pricing.Money}, kept as the whole number of
 * euro cents ({@code 180000} for 1800.00 €) that every row and outbox document since the first migration holds, so
 * that they all still read; it never changes without a migration. Hosts use {@link LiensJson} or
 * {@link LiensJacksonModule}, whose money is a decimal string and its currency.
 *
 * <p>Errors are those of {@link LiensJson}: {@link ErrorCode#MALFORMED_JSON} or the code of the rule a value breaks,
 * naming the JSON path, never the text read.
 */
public final class StorageJson {

  private static final JsonMapping JSON = new JsonMapping(MoneyShape.CENTS);

  private StorageJson() {}

  /** {@return a new mapper configured for the stored format (money in cents), which its caller may reconfigure} */
  public static ObjectMapper mapper() {
    return JSON.mapper();
  }

  /**
   * {@return the stored JSON of a value: a record of core, a list or set of them, an id, a date}
   *
   * @param value the value; not null
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for a value that has no JSON form
   */
  public static String write(Object value) {
    return JSON.write(value);
  }

  /**
   * Reads a value written by {@link #write(Object)}.
   *
   * @param json the stored JSON text
   * @param type the class of the value, as written
   * @param <T> the type read
   * @return the value
   * @throws InvalidInputException with {@link ErrorCode#MALFORMED_JSON} or the code of a rule a value breaks
   */
  public static <T> T read(String json, Class<T> type) {
    return JSON.read(json, type);
  }

  /**
   * Reads a stored JSON array of {@code element}s, in order.
   *
   * @param json the stored JSON text
   * @param element the class of the elements
   * @param <T> the element type
   * @return the elements, in the array's order
   */
  public static <T> List<T> readList(String json, Class<T> element) {
    return JSON.readList(json, element);
  }

  /**
   * Reads a stored JSON array of distinct {@code element}s.
   *
   * @param json the stored JSON text
   * @param element the class of the elements
   * @param <T> the element type
   * @return the elements
   */
  public static <T> Set<T> readSet(String json, Class<T> element) {
    return JSON.readSet(json, element);
  }

  /**
   * {@return the stored JSON of a domain event (the outbox's body): its envelope and its typed payload}
   *
   * @param event the event
   */
  public static String writeEvent(DomainEvent event) {
    return write(Checks.required(event, "event"));
  }

  /**
   * Reads a domain event written by {@link #writeEvent(DomainEvent)}.
   *
   * @param json the stored JSON text
   * @return the event, with its typed payload
   */
  public static DomainEvent readEvent(String json) {
    return read(json, DomainEvent.class);
  }
}
