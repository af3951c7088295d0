package org.liens.referral;

import java.time.LocalDate;
import org.liens.shared.Checks;

/**
 * The needs the coordinator and the prescriber assessed together (R8: "ils évaluent ensemble les attentes et
 * besoins de la famille"). The summary is personal data: Liens stores it but never logs it nor puts it in events.
 *
 * @param assessedOn when the assessment took place
 * @param summary the expectations and needs, in the coordinator's words
 */
public record NeedsAssessment(LocalDate assessedOn, String summary) {
  /**
   * Checks the components: {@code assessedOn} within the supported date range; {@code summary} a bounded,
   * non-blank text.
   *
   * @param assessedOn when the assessment took place
   * @param summary the expectations and needs, in the coordinator's words
   */
  public NeedsAssessment {
    Checks.date(assessedOn, "assessedOn");
    summary = Checks.longText(summary, "assessment summary");
  }

  @Override
  public String toString() {
    return "NeedsAssessment[assessedOn=" + assessedOn + ", summary=redacted]";
  }
}
