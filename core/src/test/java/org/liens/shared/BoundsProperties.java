package org.liens.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.liens.billing.Party;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;

/** Issue 10, defects 4 and 5: one set of input bounds, the same for every adapter. */
class BoundsProperties {

  /** Texts mixing letters, emoji, surrogates, U+0000, control characters and line breaks, around each maximum. */
  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of("\uD83D\uDE00", "é", " ", "\n", "\r\n", "\t")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("\u0000", "\uD83D", "\uDE00", "\u0007", "\u001B", "\u007F", "\u0085")));
    Arbitrary<String> small = piece.list().ofMaxSize(12).map(l -> String.join("", l));
    Arbitrary<Integer> max = Arbitraries.of(Bounds.NAME_MAX, Bounds.SHORT_TEXT_MAX, Bounds.LONG_TEXT_MAX);
    Arbitrary<String> nearMax = Combinators.combine(max, Arbitraries.integers().between(-2, 2), small)
        .as((m, delta, tail) -> "x".repeat(Math.max(1, m + delta)) + tail);
    return Arbitraries.oneOf(small, nearMax);
  }

  static boolean wellFormed(String s, boolean lineBreaks) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
      if (Character.isLowSurrogate(c)) {
        return false;
      }
      if (Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\r' || c == '\t'))) {
        return false;
      }
    }
    return true;
  }

  static boolean accepted(String expectedStripped, int max, boolean lineBreaks) {
    return !expectedStripped.isEmpty() && wellFormed(expectedStripped, lineBreaks)
        && expectedStripped.codePointCount(0, expectedStripped.length()) <= max;
  }

  @Property(tries = 300)
  void aNameIsRefusedExactlyWhenOutOfBounds(@ForAll("hostile") String value) {
    check(value, Bounds.NAME_MAX, false, () -> Checks.name(value, "given name"));
  }

  @Property(tries = 300)
  void aShortTextIsRefusedExactlyWhenOutOfBounds(@ForAll("hostile") String value) {
    check(value, Bounds.SHORT_TEXT_MAX, true, () -> Checks.shortText(value, "reason"));
  }

  @Property(tries = 300)
  void aLongTextIsRefusedExactlyWhenOutOfBounds(@ForAll("hostile") String value) {
    check(value, Bounds.LONG_TEXT_MAX, true, () -> Checks.longText(value, "conclusions"));
  }

  private static void check(String value, int max, boolean lineBreaks, java.util.function.Supplier<String> call) {
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      assertThatThrownBy(call::get).isInstanceOf(InvalidInputException.class);
    } else if (accepted(stripped, max, lineBreaks)) {
      assertThat(call.get()).isEqualTo(stripped);
    } else {
      assertThatThrownBy(call::get).isInstanceOfSatisfying(InvalidInputException.class, e -> {
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE);
        String field = e.getMessage().split(" ")[1];
        assertThat(List.of("given", "reason", "conclusions")).contains(field);
        assertThat(e.getMessage()).doesNotContain(stripped.substring(0, Math.min(3, stripped.length())) + "x");
      });
    }
  }

  @Property(tries = 200)
  void aDateIsRefusedExactlyOutsideTheRange(@ForAll @IntRange(min = -1000, max = 12000) int year,
      @ForAll @IntRange(min = 1, max = 365) int day) {
    LocalDate date = LocalDate.ofYearDay(year, day);
    boolean inside = !date.isBefore(Bounds.EARLIEST_DATE) && !date.isAfter(Bounds.LATEST_DATE);
    if (inside) {
      assertThat(Checks.date(date, "birthDate")).isEqualTo(date);
    } else {
      assertThatThrownBy(() -> Checks.date(date, "birthDate")).isInstanceOfSatisfying(InvalidInputException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }
  }

  @Example
  void theDateRangeEndsAreAccepted() {
    assertThat(Checks.date(Bounds.EARLIEST_DATE, "d")).isEqualTo(Bounds.EARLIEST_DATE);
    assertThat(Checks.date(Bounds.LATEST_DATE, "d")).isEqualTo(Bounds.LATEST_DATE);
    assertThatThrownBy(() -> Checks.date(LocalDate.MAX, "d")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Checks.date(LocalDate.MIN, "d")).isInstanceOf(InvalidInputException.class);
  }

  @Example
  void aBirthDateIsNotInTheFuture() {
    LocalDate today = LocalDate.of(2024, 3, 1);
    assertThat(Checks.birthDate(today, "birthDate", today)).isEqualTo(today);
    assertThatThrownBy(() -> Checks.birthDate(today.plusDays(1), "birthDate", today))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
  }

  @Example
  void valueConstructorsApplyTheBounds() {
    String tooLong = "a".repeat(Bounds.NAME_MAX + 1);
    assertInvalid(() -> PersonName.of("Ann\u0000", "Martin"));
    assertInvalid(() -> PersonName.of("Ann", "Mar\uD83Dtin"));
    assertInvalid(() -> PersonName.of("Ann\nMarie", "Martin"));
    assertInvalid(() -> PersonName.of(tooLong, "Martin"));
    assertThat(PersonName.of("Zoé \uD83D\uDE00", "Martin").given()).isEqualTo("Zoé \uD83D\uDE00");
    assertInvalid(() -> PostalAddress.of("1 rue\u0000", "30000", "Nîmes"));
    assertInvalid(() -> PostalAddress.of("1 rue", "30000", "N\uDE00mes"));
    assertInvalid(() -> organisation(tooLong, Optional.empty()));
  }

  // --- SIREN and SIRET (defect 5)

  @Property(tries = 300)
  void aSirenIsAcceptedExactlyWhenItsLuhnDigitIsRight(@ForAll @IntRange(min = 0, max = 99_999_999) int body,
      @ForAll @IntRange(min = 0, max = 9) int last) {
    String siren = String.format("%08d%d", body, last);
    if (luhn(siren)) {
      assertThat(Checks.siren(siren, "siren")).isEqualTo(siren);
    } else {
      assertThatThrownBy(() -> Checks.siren(siren, "siren")).isInstanceOfSatisfying(InvalidInputException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    }
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  @Example
  void sirenAndSiretExamples() {
    // 732829320: a valid SIREN; 732829321: its check digit broken
    assertThat(Checks.siren("732 829 320", "siren")).isEqualTo("732829320");
    assertInvalid(() -> Checks.siren("732829321", "siren"));
    assertInvalid(() -> Checks.siren("12345678", "siren"));
    assertInvalid(() -> Checks.siren("12345678a", "siren"));
    assertThat(Checks.siret("73282932000074", "siret")).isEqualTo("73282932000074");
    assertInvalid(() -> Checks.siret("73282932000075", "siret"));
    // La Poste: SIREN 356000000 passes Luhn; its SIRETs follow a sum-of-digits multiple of 5 rule instead
    assertThat(Checks.siren("356000000", "siren")).isEqualTo("356000000");
    assertThat(Checks.siret("35600000049837", "siret")).isEqualTo("35600000049837");
    assertInvalid(() -> Checks.siret("35600000049838", "siret"));
  }

  @Example
  void organisationsAndPartiesRefuseABadSirenCheckDigit() {
    assertInvalid(() -> organisation("CAF du Gard", Optional.of("732829321")));
    assertThat(organisation("CAF du Gard", Optional.of("732829320")).siren()).contains("732829320");
    PostalAddress address = PostalAddress.of("1 rue", "30000", "Nîmes");
    assertInvalid(() -> new Party("CAF du Gard", address, "732829321"));
    assertThat(new Party("CAF du Gard", address, "732829320").siren()).isEqualTo("732829320");
  }

  @Example
  void theSameParentTwiceIsRefused() {
    Parent ann = Parent.named("Ann", "Martin");
    assertThatThrownBy(() -> HouseholdProfile.builder().parent(ann)
        .parent(new Parent(ann.id(), ann.name())).build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_HOUSEHOLD_COMPOSITION));
    // a person is their id, not their name: two parents named alike are two people (issue 9)
    assertThat(HouseholdProfile.builder().parent(ann).parent(Parent.named("Ann", " Martin ")).build().parents())
        .hasSize(2);
  }

  private static Organisation organisation(String name, Optional<String> siren) {
    return new Organisation(OrganisationId.of(java.util.UUID.randomUUID()), 0, name, OrganisationKind.values()[0], siren,
        Optional.empty(), Optional.empty());
  }

  private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
  }
}
