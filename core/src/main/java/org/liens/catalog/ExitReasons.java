package org.liens.catalog;

import java.util.List;
import java.util.Optional;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.LocalizedText;
import org.liens.shared.RuleViolationException;

/**
 * The configurable list of reasons an accompaniment may end with (issue 12), part of the {@link Catalog}. The
 * {@link #standard()} list is the one the figures of seed 001 are published with; a host may load its own, which must
 * keep {@link ExitReason#SUCCESSION} (every MIP → MADI succession records it, R6) and {@link ExitReason#OTHER} (the
 * default of a cancellation) and {@link ExitReason#OBJECTIVES_REACHED} (the default of a closure). Treat as a value type.
 *
 * @param reasons the reasons, in the order the report lists them, codes distinct
 */
public record ExitReasons(List<ExitReason> reasons) {
  private static final ExitReasons STANDARD = new ExitReasons(List.of(
      new ExitReason(ExitReason.OBJECTIVES_REACHED, LocalizedText.of("Objectifs atteints", "Objectives reached"), false),
      new ExitReason(ExitReason.SUCCESSION, LocalizedText.of("Relais par un autre module", "Succession"), false),
      new ExitReason(ExitReason.MOVED_AWAY, LocalizedText.of("Déménagement", "Moved away"), false),
      new ExitReason(ExitReason.WITHDRAWN_BY_FAMILY,
          LocalizedText.of("Retrait de la famille", "Withdrawn by the family"), false),
      new ExitReason(ExitReason.OTHER_MEASURE, LocalizedText.of("Autre mesure prise", "Another measure taken"), false),
      new ExitReason(ExitReason.NO_CONTACT, LocalizedText.of("Contact impossible", "No contact possible"), false),
      new ExitReason(ExitReason.OTHER, LocalizedText.of("Autre (précisé)", "Other (with text)"), true)));

  /**
   * Checks the components: {@code reasons} copied unmodifiable, codes distinct, with the three codes every list keeps.
   *
   * @param reasons the reasons, in the order the report lists them
   */
  public ExitReasons {
    reasons = Checks.listOf(reasons, "reasons");
    Checks.check(reasons.stream().map(ExitReason::code).distinct().count() == reasons.size(),
        "exit reasons: a code appears twice");
    for (String kept : List.of(ExitReason.OBJECTIVES_REACHED, ExitReason.SUCCESSION, ExitReason.OTHER)) {
      Checks.check(reasons.stream().anyMatch(r -> r.code().equals(kept)), "exit reasons: the list keeps " + kept);
    }
  }

  /** {@return the default list: objectives reached, succession, moved away, withdrawn, another measure, no contact, other} */
  public static ExitReasons standard() {
    return STANDARD;
  }

  /**
   * {@return the reason with this code, if the list has it}
   *
   * @param code the reason's code
   */
  public Optional<ExitReason> find(String code) {
    Checks.required(code, "exit reason");
    return reasons.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * {@return the reason with this code}
   *
   * @param code the reason's code
   * @throws RuleViolationException with {@link ErrorCode#UNKNOWN_EXIT_REASON} if the list does not have it
   */
  public ExitReason require(String code) {
    return find(code).orElseThrow(() -> new RuleViolationException(ErrorCode.UNKNOWN_EXIT_REASON,
        "no such exit reason in the catalogue"));
  }

  /** {@return the codes, in order} */
  public List<String> codes() {
    return reasons.stream().map(ExitReason::code).toList();
  }
}
