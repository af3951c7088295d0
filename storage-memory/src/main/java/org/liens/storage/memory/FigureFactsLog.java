package org.liens.storage.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.liens.figures.FigureCounts;
import org.liens.figures.FigureQuery;
import org.liens.figures.FigureTally;
import org.liens.figures.FileFact;
import org.liens.figures.HouseholdFact;
import org.liens.household.HouseholdId;
import org.liens.referral.ReferralId;

/**
 * The figure facts in memory (issue 12): every row ever recorded, per file and per household, and an index of the
 * files by the day their referral was received (which never changes), so a report reads only the files of its period.
 * Guarded by the store's lock.
 */
final class FigureFactsLog {
  record Row<F>(F fact, Instant recordedAt) {}

  private final Map<ReferralId, List<Row<FileFact>>> files = new HashMap<>();
  private final Map<HouseholdId, List<Row<HouseholdFact>>> households = new HashMap<>();
  private final TreeMap<LocalDate, Set<ReferralId>> byReceivedOn = new TreeMap<>();

  void record(Journal journal, List<FileFact> newFiles, List<HouseholdFact> newHouseholds, Instant at) {
    for (FileFact fact : newFiles) {
      List<Row<FileFact>> history = files.computeIfAbsent(fact.file(), k -> new ArrayList<>());
      history.add(new Row<>(fact, at));
      Set<ReferralId> day = byReceivedOn.computeIfAbsent(fact.receivedOn(), k -> new LinkedHashSet<>());
      boolean added = day.add(fact.file());
      journal.onRollback(() -> {
        history.remove(history.size() - 1);
        if (history.isEmpty()) {
          files.remove(fact.file());
        }
        if (added) {
          day.remove(fact.file());
        }
      });
    }
    for (HouseholdFact fact : newHouseholds) {
      List<Row<HouseholdFact>> history = households.computeIfAbsent(fact.household(), k -> new ArrayList<>());
      history.add(new Row<>(fact, at));
      journal.onRollback(() -> history.remove(history.size() - 1));
    }
  }

  void forgetTerritory(Journal journal, HouseholdId household) {
    List<Row<HouseholdFact>> history = households.get(household);
    if (history == null) {
      return;
    }
    List<Row<HouseholdFact>> before = List.copyOf(history);
    history.replaceAll(row -> new Row<>(new HouseholdFact(row.fact().household(), row.fact().children(),
        row.fact().singleParent(), row.fact().employment(), row.fact().belowPovertyLine(), Optional.empty(),
        row.fact().revision()), row.recordedAt()));
    journal.onRollback(() -> {
      history.clear();
      history.addAll(before);
    });
  }

  FigureCounts count(FigureQuery query) {
    FigureTally tally = new FigureTally();
    for (Set<ReferralId> day : byReceivedOn.subMap(query.from(), true, query.to(), true).values()) {
      for (ReferralId id : day) {
        Optional<FileFact> file = latest(files.get(id), query.knownAt(), FileFact::revision);
        if (file.isEmpty()) {
          continue;
        }
        Optional<HouseholdFact> household =
            latest(households.get(file.get().household()), query.knownAt(), HouseholdFact::revision);
        if (household.isPresent() && query.filters().keeps(file.get(), household.get())) {
          tally.add(file.get(), household.get());
        }
      }
    }
    return tally.counts();
  }

  /** The latest fact of a household recorded by {@code knownAt}, for the money figures' territory filter. */
  Optional<HouseholdFact> household(HouseholdId household, Instant knownAt) {
    return latest(households.get(household), knownAt, HouseholdFact::revision);
  }

  static <F> Optional<F> latest(List<Row<F>> history, Instant knownAt, ToLongFunction<F> revision) {
    F best = null;
    if (history != null) {
      for (Row<F> row : history) {
        if (!row.recordedAt().isAfter(knownAt)
            && (best == null || revision.applyAsLong(row.fact()) >= revision.applyAsLong(best))) {
          best = row.fact();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
