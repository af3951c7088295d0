package org.liens.storage.tck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.liens.pricing.Money;
import org.liens.shared.Bounds;
import org.liens.shared.ErrorCode;

/**
 * One invalid argument (issue 10, bad input): the value, the code the specification gives it, and what of it must
 * never appear in a refusal's message. The code depends on the kind of value only (a text too long is
 * {@code INVALID_VALUE} wherever it goes), except for values whose code depends on the command (an unknown id, a date
 * before the referral): those carry no code, and the command of the catalogue ({@link BadCall}) gives it.
 *
 * @param label what is wrong, for the failure report ("name too long by 1")
 * @param value the argument: a text, a date, an amount in cents, a count, a version, an id's UUID, an instant, or null
 * @param expected the code every adapter answers, or null when the command decides it ({@link Slot#contextual})
 * @param secret a text that must not appear in the refusal's message chain (the hostile marker, the refused date or
 *     amount), or null when nothing of the value is distinctive enough to check
 */
public record BadInput(String label, Object value, ErrorCode expected, String secret) {
  /** A marker every hostile text holds: a refusal's message quoting the text would show it. */
  public static final String MARKER = "Zoé-Hostile-7Q";
  /** The day the casebook ends on ({@link Casebook}'s clock): birth dates after it are in the future. */
  public static final LocalDate TODAY = Casebook.BILLING.plusDays(12);

  /** The kinds of argument a command of the catalogue takes, each with its invalid values. */
  public enum Slot {
    /** A name: a person's, an organisation's, an address line ({@link Bounds#NAME_MAX}, no control character). */
    NAME,
    /** A short free text ({@link Bounds#SHORT_TEXT_MAX}, line breaks allowed). */
    SHORT_TEXT,
    /** A long free text ({@link Bounds#LONG_TEXT_MAX}, line breaks allowed). */
    LONG_TEXT,
    /** Any date: out of [1900-01-01, 2200-12-31], or null. */
    DATE,
    /** A child's birth date: as {@link #DATE}, or after {@link #TODAY}. */
    BIRTH_DATE,
    /** A date in range but before what the command follows (the referral, the first appointment). */
    EARLY_DATE,
    /** An amount that must be positive: zero, negative, past {@link Money#MAX_CENTS}, or null. */
    AMOUNT,
    /** A count of one or more (children, sessions, places, a group number, days): zero or negative. */
    COUNT,
    /** The version a caller read: one the aggregate never had (negative, past any count), whatever it holds. */
    VERSION,
    /** An id: one no aggregate has, or null. */
    ID,
    /** An argument that may not be null and has no other invalid value here (an actor, a kind, a query's id). */
    REQUIRED,
    /** The instant an audit purge counts back from: before 1900-01-01 (UTC), in the future, or null. */
    INSTANT;

    /** {@return whether the command of the catalogue gives the code of some of this slot's values} */
    public boolean contextual() {
      return this == EARLY_DATE || this == ID;
    }

    /** {@return a few invalid values of every kind this slot has, the same on every run} */
    public List<BadInput> examples() {
      return switch (this) {
        case NAME -> texts(Bounds.NAME_MAX, false, List.of(1, 2 * Bounds.NAME_MAX));
        case SHORT_TEXT -> texts(Bounds.SHORT_TEXT_MAX, true, List.of(1, 5 * Bounds.SHORT_TEXT_MAX));
        case LONG_TEXT -> texts(Bounds.LONG_TEXT_MAX, true, List.of(1, 3 * Bounds.LONG_TEXT_MAX));
        case DATE -> dates(List.of());
        case BIRTH_DATE -> dates(List.of(TODAY.plusDays(1), TODAY.plusYears(3), Bounds.LATEST_DATE));
        case EARLY_DATE -> List.of(early(Bounds.EARLIEST_DATE), early(LocalDate.of(2023, 8, 31)));
        case AMOUNT -> List.of(amount(0), amount(-1), amount(-7_919), amount(Money.MAX_CENTS + 1),
            amount(Long.MIN_VALUE), amount(Long.MAX_VALUE), missing());
        case COUNT -> List.of(count(0), count(-7_919), count(Integer.MIN_VALUE));
        case ID -> List.of(unknown(new UUID(0xBAD, 1)), missing());
        case VERSION -> List.of(version(-1), version(Long.MIN_VALUE), version(Long.MAX_VALUE), version(1_000_003));
        case REQUIRED -> List.of(missing());
        case INSTANT -> List.of(instant(Instant.MIN), instant(Instant.MAX), instant(Instant.parse("1899-12-31T22:59:59Z")),
            instant(Instant.parse("2201-01-01T00:00:00Z")), missing());
      };
    }

    /** {@return this slot's invalid values, drawn at random (lengths, positions, dates, amounts)} */
    public Arbitrary<BadInput> arbitrary() {
      return switch (this) {
        case NAME -> hostileTexts(Bounds.NAME_MAX, false);
        case SHORT_TEXT -> hostileTexts(Bounds.SHORT_TEXT_MAX, true);
        case LONG_TEXT -> hostileTexts(Bounds.LONG_TEXT_MAX, true);
        case DATE -> Arbitraries.oneOf(Arbitraries.of(examples()), outOfRange());
        case BIRTH_DATE -> Arbitraries.oneOf(Arbitraries.of(examples()), outOfRange(),
            Arbitraries.integers().between(1, 60_000).map(days -> future(TODAY.plusDays(days))));
        case EARLY_DATE -> Arbitraries.integers().between(0, 44_000)
            .map(days -> early(Bounds.EARLIEST_DATE.plusDays(days)));
        case AMOUNT -> Arbitraries.oneOf(Arbitraries.of(examples()),
            Arbitraries.longs().between(Long.MIN_VALUE, 0).map(BadInput::amount),
            Arbitraries.longs().between(Money.MAX_CENTS + 1, Long.MAX_VALUE).map(BadInput::amount));
        case COUNT -> Arbitraries.integers().between(Integer.MIN_VALUE, 0).map(BadInput::count);
        case VERSION -> Arbitraries.oneOf(Arbitraries.longs().lessOrEqual(-1), Arbitraries.longs().greaterOrEqual(
            1_000_000)).map(BadInput::version);
        case ID -> Arbitraries.oneOf(Arbitraries.just(missing()),
            Arbitraries.longs().tuple2().map(t -> unknown(new UUID(t.get1(), t.get2()))));
        case REQUIRED -> Arbitraries.just(missing());
        case INSTANT -> Arbitraries.of(examples());
      };
    }
  }

  /** Every kind of hostile text for a field of {@code max} code points; each holds {@link #MARKER}. */
  private static List<BadInput> texts(int max, boolean lineBreaks, List<Integer> over) {
    List<BadInput> all = new ArrayList<>();
    for (int by : over) {
      all.add(tooLong(max, by));
    }
    for (int at : List.of(0, MARKER.length() / 2, MARKER.length())) {
      all.add(holding("\u0000", at));
      all.add(holding("\uD83D", at));
      all.add(holding("\uDE00", at));
      all.add(holding("\u0007", at));
      all.add(holding("\u001B[31m", at));
      if (!lineBreaks) {
        all.add(holding("\n", at));
        all.add(holding("\t", at));
      }
    }
    all.add(new BadInput("blank", " \t\u3000 ", ErrorCode.BLANK_VALUE, null));
    all.add(new BadInput("empty", "", ErrorCode.BLANK_VALUE, null));
    all.add(missing());
    return all;
  }

  private static Arbitrary<BadInput> hostileTexts(int max, boolean lineBreaks) {
    List<String> refused = new ArrayList<>(List.of("\u0000", "\uD83D", "\uDE00", "\u0007", "\u007F", "\u0085",
        "\u001B"));
    if (!lineBreaks) {
      refused.addAll(List.of("\n", "\r", "\t"));
    }
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 4 * max).map(by -> tooLong(max, by)),
        Arbitraries.of(refused).flatMap(c -> Arbitraries.integers().between(0, MARKER.length())
            .map(at -> holding(c, at))),
        Arbitraries.of(texts(max, lineBreaks, List.of(1))));
  }

  /** {@code max + by} code points, accents and emoji included, the marker first. */
  private static BadInput tooLong(int max, int by) {
    StringBuilder text = new StringBuilder(MARKER);
    int length = MARKER.length();
    String[] pieces = {"é", "\uD83D\uDE00", " ", "a"};
    while (length < max + by) {
      text.append(pieces[length % pieces.length]);
      length++;
    }
    return new BadInput("text " + by + " past " + max, text.toString(), ErrorCode.INVALID_VALUE, MARKER);
  }

  /** The marker then the marker with {@code refused} inserted at {@code at}. */
  private static BadInput holding(String refused, int at) {
    String text = MARKER + " " + MARKER.substring(0, at) + refused + MARKER.substring(at) + " Martin";
    String shown = refused.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    return new BadInput("text holding " + shown, text, ErrorCode.INVALID_VALUE, MARKER);
  }

  private static List<BadInput> dates(List<LocalDate> future) {
    List<BadInput> all = new ArrayList<>();
    for (LocalDate date : List.of(LocalDate.MIN, LocalDate.MAX, Bounds.EARLIEST_DATE.minusDays(1),
        Bounds.LATEST_DATE.plusDays(1), LocalDate.of(-1, 1, 1))) {
      all.add(new BadInput("date " + date, date, ErrorCode.INVALID_VALUE, date.toString()));
    }
    for (LocalDate date : future) {
      all.add(future(date));
    }
    all.add(missing());
    return all;
  }

  private static Arbitrary<BadInput> outOfRange() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), Bounds.EARLIEST_DATE.toEpochDay() - 1),
        Arbitraries.longs().between(Bounds.LATEST_DATE.toEpochDay() + 1, LocalDate.MAX.toEpochDay()))
        .map(day -> {
          LocalDate date = LocalDate.ofEpochDay(day);
          return new BadInput("date " + date, date, ErrorCode.INVALID_VALUE, date.toString());
        });
  }

  private static BadInput future(LocalDate date) {
    return new BadInput("birth date " + date + " after today", date, ErrorCode.INVALID_VALUE, date.toString());
  }

  private static BadInput early(LocalDate date) {
    return new BadInput("date " + date + " too early for the command", date, null, null);
  }

  private static BadInput amount(long cents) {
    String shown = Money.MAX_CENTS < Math.abs((double) cents) || Math.abs(cents) >= 1_000 ? String.valueOf(cents) : null;
    return new BadInput("amount of " + cents + " cents", cents, ErrorCode.INVALID_AMOUNT, shown);
  }

  private static BadInput count(int count) {
    return new BadInput("count " + count, count, ErrorCode.INVALID_VALUE,
        Math.abs((long) count) >= 1_000 ? String.valueOf(count) : null);
  }

  private static BadInput instant(Instant instant) {
    return new BadInput("instant " + instant, instant, ErrorCode.INVALID_VALUE, instant.toString());
  }

  private static BadInput version(long version) {
    return new BadInput("version " + version, version, ErrorCode.CONCURRENT_UPDATE, null);
  }

  private static BadInput unknown(UUID id) {
    return new BadInput("unknown id", id, null, null);
  }

  private static BadInput missing() {
    return new BadInput("null", null, ErrorCode.MISSING_VALUE, null);
  }
}
