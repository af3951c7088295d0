package org.liens.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Argument checks that fail with a typed {@link InvalidInputException} instead of a bare
 * {@code NullPointerException}, so every bad input carries a stable {@link ErrorCode}.
 */
public final class Checks {
  private Checks() {}

  /**
   * {@return {@code value}, or fails with {@link ErrorCode#MISSING_VALUE} naming {@code field}}
   *
   * @param field the name of the field, for the error message
   */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(ErrorCode.MISSING_VALUE, field + " is required");
    }
    return value;
  }

  /**
   * {@return the stripped text, or fails when it is null ({@code MISSING_VALUE}) or blank ({@code BLANK_VALUE})}
   *
   * @param field the name of the field, for the error message
   */
  public static String notBlank(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(ErrorCode.BLANK_VALUE, field + " must not be blank");
    }
    return value.strip();
  }

  /** Fails with {@link ErrorCode#INVALID_VALUE} unless {@code condition} holds. */
  public static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, message);
    }
  }

  /**
   * {@return {@code value} if it is zero or more}
   *
   * @param field the name of the field, for the error message
   */
  public static int notNegative(int value, String field) {
    check(value >= 0, field + " must be zero or more, was " + value);
    return value;
  }

  /**
   * {@return an immutable copy of the list, failing on a null list or a null element}
   *
   * @param field the name of the field, for the error message
   */
  public static <T> List<T> listOf(Collection<? extends T> values, String field) {
    required(values, field);
    int i = 0;
    for (T value : values) {
      required(value, field + "[" + i++ + "]");
    }
    return List.copyOf(values);
  }

  /**
   * {@return an immutable copy of the set, failing on a null set or a null element}
   *
   * @param field the name of the field, for the error message
   */
  public static <T> Set<T> setOf(Collection<? extends T> values, String field) {
    listOf(values, field);
    return Set.copyOf(values);
  }

  /**
   * {@return the optional itself, or fails when the optional reference is null (use {@code Optional.empty()})}
   *
   * @param field the name of the field, for the error message
   */
  public static <T> Optional<T> optional(Optional<T> value, String field) {
    return required(value, field);
  }
}
