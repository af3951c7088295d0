package org.liens.benchmarks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.ProgressStatus;
import org.liens.staff.StaffId;

/**
 * The baseline of recording a contact and reading progress: one accompaniment's contacts in a mutable list, the
 * same checks as {@code Accompaniment.record} (inside the period, not in the future, educator on the team, id not
 * recorded twice; the earliest planned visit not done marked done) and the same progress arithmetic as
 * {@code ContactProgress.of}, without immutable copies, value objects or error messages. Not thread-safe.
 */
final class HandWrittenContactLog {
  private final LocalDate start;
  private final LocalDate end;
  private final List<StaffId> team;
  private final int homeMin;
  private final int homeMax;
  private final int remoteMin;
  private final int remoteMax;
  private final List<ContactId> ids = new ArrayList<>();
  private final List<ContactKind> kinds = new ArrayList<>();
  private final List<LocalDate> dates = new ArrayList<>();
  private final Set<ContactId> known = new HashSet<>();
  private final LocalDate[] planned;
  private final ContactId[] plannedDone;

  HandWrittenContactLog(LocalDate start, LocalDate end, List<StaffId> team, int homeMin, int homeMax, int remoteMin,
      int remoteMax) {
    this.start = start;
    this.end = end;
    this.team = team;
    this.homeMin = homeMin;
    this.homeMax = homeMax;
    this.remoteMin = remoteMin;
    this.remoteMax = remoteMax;
    long days = ChronoUnit.DAYS.between(start, end);
    planned = new LocalDate[homeMin];
    plannedDone = new ContactId[homeMin];
    for (int i = 0; i < homeMin; i++) {
      planned[i] = start.plusDays(i * days / homeMin);
    }
  }

  /** Records a contact, or returns false where Liens throws. */
  boolean record(ContactId id, ContactKind kind, LocalDate date, StaffId educator, LocalDate today) {
    if (date.isBefore(start) || !date.isBefore(end) || date.isAfter(today) || !team.contains(educator)
        || !known.add(id)) {
      return false;
    }
    ids.add(id);
    kinds.add(kind);
    dates.add(date);
    for (int i = 0; kind == ContactKind.HOME_VISIT && i < plannedDone.length; i++) {
      if (plannedDone[i] == null) {
        plannedDone[i] = id;
        break;
      }
    }
    return true;
  }

  /** Forgets the last contact, so that a benchmark records the same one again. */
  void undoLast() {
    int last = ids.size() - 1;
    ContactId id = ids.remove(last);
    known.remove(id);
    kinds.remove(last);
    dates.remove(last);
    for (int i = plannedDone.length - 1; i >= 0; i--) {
      if (id.equals(plannedDone[i])) {
        plannedDone[i] = null;
        break;
      }
    }
  }

  int size() {
    return ids.size();
  }

  /** The home-visit and remote-contact statuses at {@code date}, packed as two ordinals: {@code home * 8 + remote}. */
  int progressAt(LocalDate date) {
    long periodDays = ChronoUnit.DAYS.between(start, end);
    long elapsed = Math.min(periodDays, Math.max(0, ChronoUnit.DAYS.between(start, date) + 1));
    int home = 0;
    int remote = 0;
    for (int i = 0; i < kinds.size(); i++) {
      if (!dates.get(i).isAfter(date)) {
        if (kinds.get(i) == ContactKind.HOME_VISIT) {
          home++;
        } else if (kinds.get(i) == ContactKind.REMOTE_CONTACT) {
          remote++;
        }
      }
    }
    return status(home, homeMin, homeMax, elapsed, periodDays).ordinal() * 8
        + status(remote, remoteMin, remoteMax, elapsed, periodDays).ordinal();
  }

  static ProgressStatus status(int done, int min, int max, long elapsed, long periodDays) {
    long expected = min * elapsed / periodDays;
    return done > max ? ProgressStatus.OVER : done >= min ? ProgressStatus.REACHED
        : done >= expected ? ProgressStatus.ON_TRACK : ProgressStatus.UNDER;
  }
}
