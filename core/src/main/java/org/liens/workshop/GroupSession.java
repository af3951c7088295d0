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
  public GroupSession {
    Checks.required(id, "id");
    Checks.check(group >= 1, "groups are numbered from 1");
    Checks.date(date, "date");
  }
}
