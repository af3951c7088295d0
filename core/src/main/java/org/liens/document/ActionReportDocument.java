package org.liens.document;

import java.util.List;
import org.liens.accompaniment.AccompanimentId;
import org.liens.shared.Checks;

/**
 * The action report as sent to the parents with a copy to the prescriber and the funder (R8): the report written on
 * the accompaniment, and the orientations of the household to partner actions made during it or during the
 * accompaniment it followed (MIP → MADI), each with where it stands and whether the person took part (issue 16).
 * Read as of the day it is asked for, so an outcome recorded after the report was written shows.
 *
 * @param accompaniment the accompaniment
 * @param report the report written on it
 * @param orientations its orientations, by day of proposal then id
 */
public record ActionReportDocument(AccompanimentId accompaniment, ActionReport report,
    List<OrientationLine> orientations) {
  /**
   * Checks the components: every one required, the list copied unmodifiable.
   *
   * @param accompaniment the accompaniment
   * @param report the report written on it
   * @param orientations its orientations
   */
  public ActionReportDocument {
    Checks.requiredAll("accompaniment, report", accompaniment, report);
    orientations = Checks.listOf(orientations, "orientations");
  }

  @Override
  public String toString() {
    return "ActionReportDocument[accompaniment=" + accompaniment + ", report=" + report + ", orientations="
        + orientations.size() + "]";
  }
}
