package org.liens.workshop;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.liens.household.PersonId;
import org.liens.shared.Checks;

/**
 * A session of one group of a workshop series, as recorded: the children of the group who attended it, by id
 * (issue 14). A session is <em>held</em> when at least one child attended; one nobody attended is kept, as not
 * held: it is neither billed nor counted against the group's planned sessions.
 *
 * @param id the session's id, referenced by the invoice line that bills it
 * @param group the group, from 1
 * @param date the day it was planned, and held if anyone attended
 * @param attended the ids of the enrolled children who attended, each once, in the order of their UUIDs
 */
public record GroupSession(UUID id, int group, LocalDate date, List<PersonId> attended) {
  /**
   * Checks the components: {@code id} required; {@code date} within the supported date range; {@code attended}
   * holds no child twice and is kept sorted; and the rules stated for the type.
   *
   * @param id the session's id, referenced by the invoice line that bills it
   * @param group the group, from 1
   * @param date the day it was planned, and held if anyone attended
   * @param attended the ids of the enrolled children who attended, each once (any order: kept sorted)
   */
  public GroupSession {
    Checks.required(id, "id");
    Checks.check(group >= 1, "groups are numbered from 1");
    Checks.date(date, "date");
    attended = Checks.listOf(attended, "attended").stream()
        .sorted(Comparator.comparing(PersonId::value)).toList();
    Checks.check(attended.stream().distinct().count() == attended.size(), "a child attends a session once");
  }

  /** {@return whether at least one child attended: only a held session is billed and uses a planned session} */
  public boolean held() {
    return !attended.isEmpty();
  }

  /**
   * {@return whether the child with this id attended}
   *
   * @param child the child's id
   */
  public boolean attendedBy(PersonId child) {
    return attended.contains(child);
  }
}
