package org.liens.document;

import java.time.LocalDate;
import java.util.List;
import org.liens.shared.Checks;

/**
 * The E.M.T mind map (R8): the stakes (Enjeux), missions (Missions) and work items (Travail) of an
 * accompaniment. Each list has at least one entry. Personal data.
 */
public record EmtMap(LocalDate drawnOn, List<String> stakes, List<String> missions, List<String> work) {
  /**
   * Checks the components: {@code drawnOn} within the supported date range.
   *
   * @param drawnOn the day the map was drawn with the family
   * @param stakes the stakes (Enjeux), at least one
   * @param missions the missions (Missions), at least one
   * @param work the work items (Travail), at least one
   */
  public EmtMap {
    Checks.date(drawnOn, "drawnOn");
    stakes = entries(stakes, "stakes");
    missions = entries(missions, "missions");
    work = entries(work, "work");
  }

  private static List<String> entries(List<String> values, String field) {
    List<String> list = Checks.listOf(values, field).stream().map(v -> Checks.shortText(v, field)).toList();
    Checks.check(!list.isEmpty(), "an EMT map has at least one entry in " + field);
    return list;
  }

  @Override
  public String toString() {
    return "EmtMap[drawnOn=" + drawnOn + ", stakes=" + stakes.size() + ", missions=" + missions.size() + ", work="
        + work.size() + "]";
  }
}
