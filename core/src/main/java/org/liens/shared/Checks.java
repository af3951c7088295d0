package org.liens.shared;

import java.time.LocalDate;
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
   * @param <T> the type of the value
   * @param value the reference to check
   */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(ErrorCode.MISSING_VALUE, field + " is required");
    }
    return value;
  }

  /**
   * Checks several references at once, in order, as {@link #required} does for each (an {@code Optional} field too,
   * as {@link #optional} does): {@code Checks.requiredAll("offer, basis", offer, basis)}.
   *
   * @param fields the names of the fields, separated by commas, one for each value, for the error message
   * @param values the values, in the order of {@code fields}
   * @throws IllegalArgumentException when there are not as many names as values (a programming error)
   */
  public static void requiredAll(String fields, Object... values) {
    int names = 1;
    for (int comma = fields.indexOf(','); comma >= 0; comma = fields.indexOf(',', comma + 1)) {
      names++;
    }
    if (names != values.length) {
      throw new IllegalArgumentException(names + " names for " + values.length + " values");
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        required(null, fields.split(",")[i].strip()); // names are split only to report the missing one
      }
    }
  }

  /**
   * {@return the stripped text, or fails when it is null ({@code MISSING_VALUE}) or blank ({@code BLANK_VALUE})}
   *
   * @param field the name of the field, for the error message
   * @param value the text to check
   */
  public static String notBlank(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(ErrorCode.BLANK_VALUE, field + " must not be blank");
    }
    return value.strip();
  }

  /**
   * Fails with {@link ErrorCode#INVALID_VALUE} unless {@code condition} holds.
   *
   * @param condition the rule that must hold
   * @param message what is wrong when it does not, for the error message; it must not quote personal data or raw input
   */
  public static void check(boolean condition, String message) {
    if (!condition) {
      throw invalid(message);
    }
  }

  /** The failure of {@link #check}: messages that quote a field are built only when a check fails. */
  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(ErrorCode.INVALID_VALUE, message);
  }

  /**
   * {@return {@code value} if it is zero or more}
   *
   * @param field the name of the field, for the error message
   * @param value the number to check
   */
  public static int notNegative(int value, String field) {
    if (value < 0) {
      throw invalid(field + " must be zero or more");
    }
    return value;
  }

  /**
   * {@return an immutable copy of the list, failing on a null list or a null element}
   *
   * @param field the name of the field, for the error message
   * @param <T> the type of the elements
   * @param values the elements, in order
   */
  public static <T> List<T> listOf(Collection<? extends T> values, String field) {
    required(values, field);
    try {
      return List.copyOf(values); // refuses a null element; an immutable list is returned as it is, not walked
    } catch (NullPointerException e) {
      throw nullElement(values, field, e);
    }
  }

  /** The failure naming the first null element of {@code values}, found once {@code List.of} refused one. */
  private static RuntimeException nullElement(Collection<?> values, String field, NullPointerException refused) {
    int i = 0;
    for (Object value : values) {
      if (value == null) {
        return new InvalidInputException(ErrorCode.MISSING_VALUE, field + "[" + i + "] is required");
      }
      i++;
    }
    return refused;
  }

  /**
   * {@return an immutable copy of the list ({@link #listOf}), failing unless it holds at least one element, each once}
   *
   * @param field the name of the field, for the error message
   * @param empty the message when the list is empty
   * @param twice the message when an element appears twice
   * @param <T> the type of the elements
   * @param values the elements, in order
   */
  public static <T> List<T> distinctNonEmpty(Collection<? extends T> values, String field, String empty, String twice) {
    List<T> list = listOf(values, field);
    check(!list.isEmpty(), empty);
    check(list.stream().distinct().count() == list.size(), twice);
    return list;
  }

  /**
   * {@return an immutable copy of the set, failing on a null set or a null element}
   *
   * @param field the name of the field, for the error message
   * @param <T> the type of the elements
   * @param values the elements
   */
  public static <T> Set<T> setOf(Collection<? extends T> values, String field) {
    required(values, field);
    try {
      return Set.copyOf(values); // refuses a null element; an immutable set is returned as it is (issue 13)
    } catch (NullPointerException e) {
      throw nullElement(values, field, e);
    }
  }

  /**
   * {@return the optional itself, or fails when the optional reference is null (use {@code Optional.empty()})}
   *
   * @param field the name of the field, for the error message
   * @param <T> the type of the optional value
   * @param value the optional to check; empty is fine, null is not
   */
  public static <T> Optional<T> optional(Optional<T> value, String field) {
    return required(value, field);
  }

  /**
   * A name (of a person, an organisation, a place) or a short label: {@link #notBlank} stripped, at most
   * {@link Bounds#NAME_MAX} code points, no control character (line breaks included), no U+0000, no unpaired
   * surrogate. Fails with {@link ErrorCode#INVALID_VALUE} naming {@code field}, never quoting the value.
   *
   * @param value the text to check
   * @param field the name of the field, for the error message (never the value)
   * @return the stripped text
   */
  public static String name(String value, String field) {
    return bounded(value, field, Bounds.NAME_MAX, false);
  }

  /**
   * A short free text: as {@link #name} but up to {@link Bounds#SHORT_TEXT_MAX} and line breaks and tabs allowed.
   *
   * @param value the text to check
   * @param field the name of the field, for the error message (never the value)
   * @return the stripped text
   */
  public static String shortText(String value, String field) {
    return bounded(value, field, Bounds.SHORT_TEXT_MAX, true);
  }

  /**
   * A long free text: as {@link #shortText} but up to {@link Bounds#LONG_TEXT_MAX} code points.
   *
   * @param value the text to check
   * @param field the name of the field, for the error message (never the value)
   * @return the stripped text
   */
  public static String longText(String value, String field) {
    return bounded(value, field, Bounds.LONG_TEXT_MAX, true);
  }

  /**
   * A text of at most {@code maxLength} code points, stripped and not blank, without U+0000 or an unpaired
   * surrogate; control characters are refused except, when {@code lineBreaks}, line feed, carriage return and tab.
   *
   * @param value the text to check
   * @param field the name of the field, for the error message (never the value)
   * @param maxLength the most code points allowed, after stripping
   * @param lineBreaks whether line feed, carriage return and tab are allowed
   * @return the stripped text
   */
  public static String text(String value, String field, int maxLength, boolean lineBreaks) {
    return bounded(value, field, maxLength, lineBreaks);
  }

  private static String bounded(String value, String field, int maxLength, boolean lineBreaks) {
    String text = notBlank(value, field);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          throw invalid(field + " holds an unpaired UTF-16 surrogate at index " + i);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        throw invalid(field + " holds an unpaired UTF-16 surrogate at index " + i);
      } else if (Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
        throw invalid(field + " holds a control character (U+" + String.format("%04X", (int) c) + ") at index " + i);
      }
    }
    // a text of at most maxLength chars has at most maxLength code points: count them only when it may be longer
    if (text.length() > maxLength) {
      int length = text.codePointCount(0, text.length());
      if (length > maxLength) {
        throw invalid(field + " is longer than " + maxLength + " characters (" + length + ")");
      }
    }
    return text;
  }

  /**
   * Returns the date if it lies within [{@link Bounds#EARLIEST_DATE}, {@link Bounds#LATEST_DATE}]: an equal date,
   * the one instance kept for that day, so that the contacts of a large caseload share their days.
   *
   * @param value the date to check
   * @param field the name of the field, for the error message (never the value)
   * @return the date, equal to {@code value}
   */
  public static LocalDate date(LocalDate value, String field) {
    required(value, field);
    if (value.isBefore(Bounds.EARLIEST_DATE) || value.isAfter(Bounds.LATEST_DATE)) {
      throw invalid(field + " must lie between " + Bounds.EARLIEST_DATE + " and " + Bounds.LATEST_DATE);
    }
    return SharedDates.of(value);
  }

  /**
   * A date in range ({@link #date}) that is not after {@code today} (a birth date is never in the future).
   *
   * @param value the date of birth to check
   * @param field the name of the field, for the error message (never the value)
   * @param today the current date, from the clock
   * @return the date
   */
  public static LocalDate birthDate(LocalDate value, String field, LocalDate today) {
    date(value, field);
    required(today, "today");
    if (value.isAfter(today)) {
      throw invalid(field + " must not be in the future");
    }
    return value;
  }

  /**
   * A SIREN: 9 digits (spaces ignored) whose last digit is the Luhn check digit. La Poste's SIREN 356000000
   * satisfies the Luhn rule too, so it needs no exception here (only its SIRETs do, see {@link #siret}).
   *
   * @param value the SIREN as entered
   * @param field the name of the field, for the error message (never the value)
   * @return the 9 digits, spaces removed
   */
  public static String siren(String value, String field) {
    String siren = notBlank(value, field).replace(" ", "");
    check(siren.length() == 9 && siren.chars().allMatch(Checks::isAsciiDigit),
        field + " must have 9 digits");
    check(luhn(siren), field + " has a wrong check digit");
    return siren;
  }

  /**
   * A SIRET: 14 digits (spaces ignored), a valid {@link #siren} followed by the establishment number (NIC), whose
   * last digit is the Luhn check digit of the 14; La Poste's establishments (SIREN {@value #LA_POSTE_SIREN}) follow
   * their own rule instead: the sum of the 14 digits is a multiple of 5.
   *
   * @param value the SIRET as entered
   * @param field the name of the field, for the error message (never the value)
   * @return the 14 digits, spaces removed
   */
  public static String siret(String value, String field) {
    String siret = notBlank(value, field).replace(" ", "");
    check(siret.length() == 14 && siret.chars().allMatch(Checks::isAsciiDigit),
        field + " must have 14 digits");
    siren(siret.substring(0, 9), field);
    if (siret.startsWith(LA_POSTE_SIREN)) {
      check(siret.chars().map(c -> c - '0').sum() % 5 == 0, field + " has a wrong check digit");
    } else {
      check(luhn(siret), field + " has a wrong check digit");
    }
    return siret;
  }

  /** La Poste's SIREN, whose SIRETs do not follow the Luhn rule. */
  public static final String LA_POSTE_SIREN = "356000000";

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
