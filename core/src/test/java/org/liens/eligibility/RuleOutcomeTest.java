package org.liens.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liens.fixtures.Fixtures.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.json.LiensJson;
import org.liens.referral.ReferralReason;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LocalizedText;

/**
 * A rule's outcome is a class whose reason may be written when read (issue 13): it refuses what the record refused,
 * a reason written on demand equals the same reason given whole, and its JSON form is the record's.
 */
class RuleOutcomeTest {
  static final RuleOutcome.Quoted GIVEN_ON = new RuleOutcome.Quoted("Consentement recueilli le ", "Consent given on ");
  static final LocalDate DAY = LocalDate.of(2023, 9, 4);

  @Test
  void the_public_constructor_and_factories_refuse_what_the_record_refused() {
    LocalizedText why = LocalizedText.of("Pourquoi.", "Why.");
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> new RuleOutcome(null, Verdict.PASSED, why));
    assertRefused(InvalidInputException.class, ErrorCode.BLANK_VALUE, () -> new RuleOutcome(" ", Verdict.PASSED, why));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> new RuleOutcome("r", null, why));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE, () -> new RuleOutcome("r", Verdict.FAILED, null));
    assertRefused(InvalidInputException.class, ErrorCode.BLANK_VALUE, () -> RuleOutcome.passed("r", "", "Why."));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, () -> RuleOutcome.failed("r", "a\u0000b", "Why."));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE,
        () -> RuleOutcome.notApplicable("r", "Pourquoi.", "x".repeat(10_000)));
  }

  @Test
  void a_quoted_reason_refuses_bad_constant_parts_and_a_missing_value_when_made_not_when_read() {
    assertRefused(InvalidInputException.class, ErrorCode.BLANK_VALUE, () -> new RuleOutcome.Quoted(" ", "Given on "));
    assertRefused(InvalidInputException.class, ErrorCode.INVALID_VALUE, () -> new RuleOutcome.Quoted("Le\u0007", "On "));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE,
        () -> RuleOutcome.passedOn("consent.required", GIVEN_ON, null));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE,
        () -> RuleOutcome.passedOn("consent.required", null, DAY));
    assertRefused(InvalidInputException.class, ErrorCode.BLANK_VALUE, () -> RuleOutcome.passedOn("", GIVEN_ON, DAY));
  }

  @Test
  void a_reason_written_when_read_equals_the_same_reason_given_whole() {
    RuleOutcome lazy = RuleOutcome.passedOn("consent.required", GIVEN_ON, DAY);
    RuleOutcome whole = RuleOutcome.passed("consent.required", "Consentement recueilli le 2023-09-04.",
        "Consent given on 2023-09-04.");

    assertThat(lazy.reason()).isEqualTo(whole.reason());
    assertThat(lazy).isEqualTo(whole).hasSameHashCodeAs(whole).hasToString(whole.toString());
    assertThat(whole).isEqualTo(lazy);
    assertThat(lazy.toString()).isEqualTo("RuleOutcome[rule=consent.required, verdict=PASSED, reason="
        + "LocalizedText[fr=Consentement recueilli le 2023-09-04., en=Consent given on 2023-09-04.]]");
    assertThat(lazy).isNotEqualTo(RuleOutcome.passedOn("consent.required", GIVEN_ON, DAY.plusDays(1)))
        .isNotEqualTo(new RuleOutcome("consent.required", Verdict.FAILED, whole.reason()))
        .isNotEqualTo(RuleOutcome.passedOn("other.rule", GIVEN_ON, DAY));
    assertThat(lazy.failed()).isFalse();
  }

  @Test
  void threads_reading_one_reason_at_once_all_read_the_same_text() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 200; round++) {
        RuleOutcome lazy = RuleOutcome.passedOn("consent.required", GIVEN_ON, DAY.plusDays(round));
        List<Future<LocalizedText>> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          reads.add(pool.submit(lazy::reason));
        }
        for (Future<LocalizedText> read : reads) {
          assertThat(read.get().en()).isEqualTo("Consent given on " + DAY.plusDays(round) + ".");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void its_json_form_is_the_records_and_reads_back_equal_through_the_checks() {
    RuleOutcome lazy = RuleOutcome.passedOn("consent.required", GIVEN_ON, DAY);
    String json = LiensJson.write(lazy);

    assertThat(json).isEqualTo("{\"rule\":\"consent.required\",\"verdict\":\"PASSED\",\"reason\":"
        + "{\"fr\":\"Consentement recueilli le 2023-09-04.\",\"en\":\"Consent given on 2023-09-04.\"}}");
    assertThat(LiensJson.read(json, RuleOutcome.class)).isEqualTo(lazy);
    assertThat(catchCode(() -> LiensJson.read(json.replace("consent.required", " "), RuleOutcome.class)))
        .isEqualTo(ErrorCode.BLANK_VALUE);
    assertThat(catchCode(() -> LiensJson.read("{\"rule\":\"r\",\"verdict\":\"PASSED\"}", RuleOutcome.class)))
        .isEqualTo(ErrorCode.MISSING_VALUE);
  }

  @Test
  void a_decision_keeps_the_policys_outcomes_unmodifiable_and_reads_back_equal_and_its_constructor_still_checks() {
    EligibilityDecision decided = EligibilityPolicy.standard().decide(new EligibilityContext(
        Fixtures.assessed(OfferCode.MIP, ReferralReason.CRISIS), Fixtures.offer(OfferCode.MIP),
        Fixtures.singleMother(), List.of(), DAY.plusDays(3)));
    EligibilityDecision copied = new EligibilityDecision(decided.offer(), decided.date(),
        List.copyOf(decided.outcomes()));

    assertThat(decided).isEqualTo(copied).hasSameHashCodeAs(copied).hasToString(copied.toString());
    assertThat(copied).isEqualTo(decided);
    assertThatThrownBy(() -> decided.outcomes().set(0, decided.outcomes().get(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> decided.outcomes().add(decided.outcomes().get(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(LiensJson.read(LiensJson.write(decided), EligibilityDecision.class)).isEqualTo(decided);
    List<RuleOutcome> withNull = new ArrayList<>(decided.outcomes());
    withNull.add(null);
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE,
        () -> new EligibilityDecision(OfferCode.MIP, DAY, withNull));
    assertRefused(InvalidInputException.class, ErrorCode.MISSING_VALUE,
        () -> EligibilityPolicy.of(List.of(EligibilityRule.of("host.null", ctx -> null))).decide(new EligibilityContext(
            Fixtures.assessed(OfferCode.MIP, ReferralReason.CRISIS), Fixtures.offer(OfferCode.MIP),
            Fixtures.singleMother(), List.of(), DAY)));
  }

  private static ErrorCode catchCode(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e.code();
    }
    throw new AssertionError("not refused");
  }
}
