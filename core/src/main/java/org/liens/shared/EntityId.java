package org.liens.shared;

import java.util.UUID;

/**
 * The id of an aggregate or an entity: a UUID generated in Java, wrapped in a type of its own so that a
 * {@code ReferralId} is never passed where a {@code HouseholdId} is expected (DESIGN §3: ids are UUIDs generated in
 * Java). The one id mechanism of Liens: each id type is a final subclass with {@code of(UUID)} and
 * {@code parse(String)}; equality, hashing, {@code toString()} and the typed parse error live here.
 *
 * <p>Treat as a value type: two ids are equal when they are of the same type and wrap the same UUID;
 * {@link #toString()} is the UUID's text and round-trips through the subclass's {@code parse}.
 */
public abstract class EntityId {
  private final UUID value;

  /**
   * Wraps {@code value}.
   *
   * @param value the UUID it wraps
   * @throws InvalidInputException with {@link ErrorCode#MISSING_VALUE} naming the id type for a null UUID
   */
  protected EntityId(UUID value) {
    this.value = Checks.required(value, getClass().getSimpleName());
  }

  /**
   * {@return the UUID of {@code text}, for the subclasses' {@code parse}}
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @param type the id's class, named in the error message
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} naming {@code type} if it is not a UUID
   */
  protected static UUID parseUuid(String text, Class<? extends EntityId> type) {
    Checks.required(text, type.getSimpleName());
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, type.getSimpleName() + " is not a UUID");
    }
  }

  /** {@return the UUID} */
  public final UUID value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && value.equals(((EntityId) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The UUID's text, e.g. {@code "3f1c…"}; the subclass's {@code parse} reads it back. */
  @Override
  public final String toString() {
    return value.toString();
  }
}
