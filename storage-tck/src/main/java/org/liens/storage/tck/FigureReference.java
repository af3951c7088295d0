package org.liens.storage.tck;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.figures.FigureCounts;
import org.liens.figures.FigureKeys;
import org.liens.figures.FigureQuery;
import org.liens.figures.FileFact;
import org.liens.figures.FileOutcome;
import org.liens.figures.HouseholdFact;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdId;

/**
 * The brute-force computation of a report's counts (issue 12), written as plainly as possible, against which every
 * storage adapter is checked ({@link FiguresContract}): it takes every fact row ever recorded, keeps for
 * each file and household the latest revision recorded by the knowledge instant, and counts by definition, one figure
 * at a time. Slow on purpose; no adapter uses it.
 */
public final class FigureReference {
  private FigureReference() {}

  /**
   * A fact row as recorded: the fact and when.
   *
   * @param fact a {@link FileFact} or a {@link HouseholdFact}
   * @param recordedAt when it was recorded
   * @param <F> the type of fact
   */
  public record Recorded<F>(F fact, java.time.Instant recordedAt) {}

  /**
   * {@return the counts of {@code query} over every recorded row}
   *
   * @param files every file fact ever recorded
   * @param households every household fact ever recorded
   * @param query the period, filters and knowledge instant
   */
  public static FigureCounts compute(
      Collection<Recorded<FileFact>> files, Collection<Recorded<HouseholdFact>> households, FigureQuery query) {
    Map<HouseholdId, HouseholdFact> family = latest(households, query, HouseholdFact::household,
        HouseholdFact::revision);
    List<FileFact> kept = latest(files, query, FileFact::file, FileFact::revision).values().stream()
        .filter(f -> query.inPeriod(f.receivedOn()))
        .filter(f -> family.containsKey(f.household()) && query.filters().keeps(f, family.get(f.household())))
        .toList();
    List<FileFact> eligible = kept.stream().filter(f -> f.state().isPresent()).toList();
    List<HouseholdFact> fams = kept.stream().map(FileFact::household).distinct().map(family::get).toList();
    Map<String, Long> counts = new TreeMap<>();
    counts.put(FigureKeys.FILES, (long) kept.size());
    for (FileOutcome outcome : FileOutcome.values()) {
      counts.put(FigureKeys.files(outcome), count(kept, f -> f.outcome() == outcome));
    }
    eligible.stream().collect(Collectors.groupingBy(FileFact::offer, Collectors.counting()))
        .forEach((offer, n) -> counts.put(FigureKeys.byOffer(offer), n));
    for (AccompanimentStatus state : AccompanimentStatus.values()) {
      counts.put(FigureKeys.byState(state), count(eligible, f -> f.state().get() == state));
    }
    counts.put(FigureKeys.ENDED, count(eligible, f -> !f.state().get().isOpen()));
    eligible.stream().filter(f -> !f.state().get().isOpen())
        .collect(Collectors.groupingBy(f -> f.exitReason().orElseThrow(), Collectors.counting()))
        .forEach((code, n) -> counts.put(FigureKeys.exit(code), n));
    counts.put(FigureKeys.FAMILIES, (long) fams.size());
    counts.put(FigureKeys.CHILDREN, fams.stream().mapToLong(HouseholdFact::children).sum());
    counts.put(FigureKeys.SINGLE_PARENT, count(fams, HouseholdFact::singleParent));
    counts.put(FigureKeys.OTHER_COMPOSITION, count(fams, h -> !h.singleParent()));
    counts.put(FigureKeys.IN_WORK, count(fams, h -> h.employment().inWork()));
    counts.put(FigureKeys.RSA, count(fams, h -> h.employment() == EmploymentSituation.RSA));
    counts.put(FigureKeys.OTHER_EMPLOYMENT,
        count(fams, h -> !h.employment().inWork() && h.employment() != EmploymentSituation.RSA));
    counts.put(FigureKeys.BELOW_POVERTY_LINE, count(fams, HouseholdFact::belowPovertyLine));
    counts.put(FigureKeys.NOT_BELOW_POVERTY_LINE, count(fams, h -> !h.belowPovertyLine()));
    List<FileFact> started = eligible.stream().filter(f -> f.firstAppointment().isPresent()).toList();
    started.stream().collect(Collectors.groupingBy(FileFact::offer)).forEach((offer, group) -> {
      counts.put(FigureKeys.contacts(offer, "started"), (long) group.size());
      counts.put(FigureKeys.contacts(offer, "homeVisits"), group.stream().mapToLong(FileFact::homeVisits).sum());
      counts.put(FigureKeys.contacts(offer, "remoteContacts"),
          group.stream().mapToLong(FileFact::remoteContacts).sum());
      List<FileFact> targeted = group.stream().filter(f -> f.targets().isPresent()).toList();
      counts.put(FigureKeys.contacts(offer, "homeVisitTargetMin"),
          targeted.stream().mapToLong(f -> f.targets().get().homeVisits().min()).sum());
      counts.put(FigureKeys.contacts(offer, "homeVisitTargetMax"),
          targeted.stream().mapToLong(f -> f.targets().get().homeVisits().max()).sum());
      counts.put(FigureKeys.contacts(offer, "remoteContactTargetMin"),
          targeted.stream().mapToLong(f -> f.targets().get().remoteContacts().min()).sum());
      counts.put(FigureKeys.contacts(offer, "remoteContactTargetMax"),
          targeted.stream().mapToLong(f -> f.targets().get().remoteContacts().max()).sum());
    });
    Map<String, SortedMap<Long, Long>> distributions = new TreeMap<>();
    distributions.put(FigureKeys.REFERRAL_TO_FIRST_APPOINTMENT,
        histogram(started.stream().map(f -> f.daysToFirstAppointment().get()).toList()));
    distributions.put(FigureKeys.DURATION,
        histogram(started.stream().flatMap(f -> f.durationDays().stream()).toList()));
    distributions.put(FigureKeys.FIRST_APPOINTMENT_TO_CLOSURE, histogram(started.stream()
        .filter(f -> f.state().get() == AccompanimentStatus.CLOSED).map(f -> f.durationDays().get()).toList()));
    return new FigureCounts(counts, distributions);
  }

  private static <F, K> Map<K, F> latest(
      Collection<Recorded<F>> rows, FigureQuery query, Function<F, K> key, Function<F, Long> revision) {
    return rows.stream()
        .filter(r -> !r.recordedAt().isAfter(query.knownAt()))
        .map(Recorded::fact)
        .collect(Collectors.toMap(key, Function.identity(),
            (a, b) -> revision.apply(a) >= revision.apply(b) ? a : b));
  }

  private static <T> long count(List<T> items, Predicate<T> test) {
    return items.stream().filter(test).count();
  }

  private static SortedMap<Long, Long> histogram(List<Long> days) {
    return new TreeMap<>(days.stream().sorted(Comparator.naturalOrder())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
  }
}
