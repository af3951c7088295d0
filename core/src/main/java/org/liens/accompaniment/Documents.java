package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.liens.document.ActionReport;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.shared.Checks;

/**
 * The documents of a started accompaniment (R8), each once written: the DIA ({@link SupportPlan}), the E.M.T map
 * and the action report. A later version of a document replaces the earlier one. Treat as a value type.
 *
 * @param supportPlan the DIA, once written
 * @param emtMap the E.M.T map, once drawn
 * @param actionReport the action report, once written; an accompaniment is closed only with one
 */
public record Documents(Optional<SupportPlan> supportPlan, Optional<EmtMap> emtMap, Optional<ActionReport> actionReport) {
  /** No document yet: the state right after the first appointment. */
  public static final Documents NONE = new Documents(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks the components: {@code supportPlan}, {@code emtMap} and {@code actionReport} an {@code Optional}, never
   * null.
   *
   * @param supportPlan the DIA, once written
   * @param emtMap the E.M.T map, once drawn
   * @param actionReport the action report, once written; an accompaniment is closed only with one
   */
  public Documents {
    Checks.optional(supportPlan, "supportPlan");
    Checks.optional(emtMap, "emtMap");
    Checks.optional(actionReport, "actionReport");
  }

  Documents with(SupportPlan plan) {
    return new Documents(Optional.of(plan), emtMap, actionReport);
  }

  Documents with(EmtMap map) {
    return new Documents(supportPlan, Optional.of(map), actionReport);
  }

  Documents with(ActionReport report) {
    return new Documents(supportPlan, emtMap, Optional.of(report));
  }

  /** The dates the documents bear: the first appointment cannot move after any of them. */
  Stream<LocalDate> dates() {
    return Stream.of(supportPlan.map(SupportPlan::writtenOn), emtMap.map(EmtMap::drawnOn),
            actionReport.map(ActionReport::writtenOn))
        .flatMap(Optional::stream);
  }
}
