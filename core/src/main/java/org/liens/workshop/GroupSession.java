package org.liens.workshop;

import java.time.LocalDate;
import java.util.UUID;
import org.liens.shared.Checks;

/**
 * A session held by one group of a workshop series.
 *
 * @param id the session's id, referenced by the invoice line that bills it
 * @param group the group, from 1
 * @param date the day it was held
 */
public record GroupSession(UUID id, int group, LocalDate date) {
  /**
   * Checks the components: {@code id} required; {@code date} within the supported date range; and the rules stated for the type.
   *
   * @param id the session's id, referenced by the invoice line that bills it
   * @param group the group, from 1
   * @param date the day it was held
   */
  public GroupSession {
    Checks.required(id, "id");
    Checks.check(group >= 1, "groups are numbered from 1");
    Checks.date(date, "date");
  }
}
