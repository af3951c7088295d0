package org.liens.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdId;

/**
 * Adds files one at a time into the counts of a report (issue 12): what an adapter without SQL (the in-memory one)
 * runs over the files its indexes select. Not thread-safe; one per computation. Each count's definition is on its
 * {@link FigureKeys} name.
 */
public final class FigureTally {
  private final Map<String, Long> counts = new HashMap<>();
  private final Map<String, SortedMap<Long, Long>> distributions = new HashMap<>();
  private final Set<HouseholdId> families = new HashSet<>();

  /**
   * Counts one file that passed the query's period and filters.
   *
   * @param file the file, at the latest revision known at the query's knowledge instant
   * @param household its household, at the latest revision known then
   */
  public void add(FileFact file, HouseholdFact household) {
    add(FigureKeys.FILES, 1);
    add(FigureKeys.files(file.outcome()), 1);
    if (families.add(file.household())) {
      addFamily(household);
    }
    if (file.state().isEmpty()) {
      return;
    }
    AccompanimentStatus state = file.state().get();
    add(FigureKeys.byOffer(file.offer()), 1);
    add(FigureKeys.byState(state), 1);
    if (!state.isOpen()) {
      add(FigureKeys.ENDED, 1);
      file.exitReason().ifPresent(code -> add(FigureKeys.exit(code), 1));
    }
    file.daysToFirstAppointment().ifPresent(days -> spread(FigureKeys.REFERRAL_TO_FIRST_APPOINTMENT, days));
    file.durationDays().ifPresent(days -> {
      spread(FigureKeys.DURATION, days);
      if (state == AccompanimentStatus.CLOSED) {
        spread(FigureKeys.FIRST_APPOINTMENT_TO_CLOSURE, days);
      }
    });
    if (file.firstAppointment().isPresent()) {
      add(FigureKeys.contacts(file.offer(), "started"), 1);
      add(FigureKeys.contacts(file.offer(), "homeVisits"), file.homeVisits());
      add(FigureKeys.contacts(file.offer(), "remoteContacts"), file.remoteContacts());
      file.targets().ifPresent(t -> {
        add(FigureKeys.contacts(file.offer(), "homeVisitTargetMin"), t.homeVisits().min());
        add(FigureKeys.contacts(file.offer(), "homeVisitTargetMax"), t.homeVisits().max());
        add(FigureKeys.contacts(file.offer(), "remoteContactTargetMin"), t.remoteContacts().min());
        add(FigureKeys.contacts(file.offer(), "remoteContactTargetMax"), t.remoteContacts().max());
      });
    }
  }

  private void addFamily(HouseholdFact household) {
    add(FigureKeys.FAMILIES, 1);
    add(FigureKeys.CHILDREN, household.children());
    add(household.singleParent() ? FigureKeys.SINGLE_PARENT : FigureKeys.OTHER_COMPOSITION, 1);
    EmploymentSituation employment = household.employment();
    add(employment.inWork() ? FigureKeys.IN_WORK
        : employment == EmploymentSituation.RSA ? FigureKeys.RSA : FigureKeys.OTHER_EMPLOYMENT, 1);
    add(household.belowPovertyLine() ? FigureKeys.BELOW_POVERTY_LINE : FigureKeys.NOT_BELOW_POVERTY_LINE, 1);
  }

  private void add(String key, long n) {
    counts.merge(key, n, Long::sum);
  }

  private void spread(String key, long days) {
    distributions.computeIfAbsent(key, k -> new TreeMap<>()).merge(days, 1L, Long::sum);
  }

  /** {@return the counts so far} */
  public FigureCounts counts() {
    return new FigureCounts(counts, distributions);
  }
}
