package org.liens.benchmarks;

import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.household.Household;
import org.liens.referral.Referral;
import org.liens.referral.ReferralStatus;
import org.liens.storage.Storage;
import org.liens.storage.jdbc.BulkImport;
import org.liens.storage.jdbc.JdbcStorage;

/**
 * Stores a {@link Population}: through the repositories of any storage (the in-memory adapter), or with a
 * {@link BulkImport} of the JDBC adapter. The staff go through the repositories either way (an import takes no
 * staff).
 */
public final class PopulationLoad {
  /** Aggregates saved per transaction by {@link #save}. */
  static final int CHUNK = 10_000;

  private PopulationLoad() {}

  /**
   * Saves every aggregate through the repositories, {@value #CHUNK} accompaniments a transaction: a validated
   * referral is saved as assessed, then again validated once its accompaniment is in (they refer to each other).
   *
   * @param population what to store
   * @param storage where
   */
  public static void save(Population population, Storage storage) {
    saveOrganisationsAndStaff(population, storage);
    List<Household> households = population.households();
    List<Referral> referrals = population.referrals();
    for (int from = 0; from < households.size(); from += CHUNK) {
      int to = Math.min(households.size(), from + CHUNK);
      List<Household> someHouseholds = households.subList(from, to);
      List<Referral> someReferrals = referrals.subList(from, to);
      storage.inTransaction(r -> {
        someHouseholds.forEach(r.households()::save);
        for (Referral referral : someReferrals) {
          r.referrals().save(referral.status() == ReferralStatus.VALIDATED ? assessed(referral) : referral);
        }
        return null;
      });
    }
    List<Accompaniment> accompaniments = population.accompaniments();
    for (int from = 0; from < accompaniments.size(); from += CHUNK) {
      List<Accompaniment> some = accompaniments.subList(from, Math.min(accompaniments.size(), from + CHUNK));
      storage.inTransaction(r -> {
        some.forEach(r.accompaniments()::save);
        return null;
      });
    }
    for (int from = 0; from < referrals.size(); from += CHUNK) {
      List<Referral> some = referrals.subList(from, Math.min(referrals.size(), from + CHUNK));
      storage.inTransaction(r -> {
        some.stream().filter(x -> x.status() == ReferralStatus.VALIDATED)
            .forEach(x -> r.referrals().save(x.withVersion(1)));
        return null;
      });
    }
  }

  /**
   * Imports the population with the storage's bulk import, in one transaction (the staff first, in another).
   *
   * @param population what to store
   * @param storage where
   * @param copy whether the import streams its rows with PostgreSQL's {@code COPY} ({@link BulkImport#copy})
   * @return what the import wrote
   */
  public static BulkImport.ImportSummary bulkImport(Population population, JdbcStorage storage, boolean copy) {
    saveOrganisationsAndStaff(population, storage);
    return storage.bulkImport().copy(copy)
        .households(population.households())
        .referrals(population.referrals())
        .accompaniments(population.accompaniments())
        .run();
  }

  /**
   * Saves the organisations and the staff through the repositories, in one transaction.
   *
   * @param population what to store
   * @param storage where
   */
  static void saveOrganisationsAndStaff(Population population, Storage storage) {
    storage.inTransaction(r -> {
      population.organisations().forEach(r.organisations()::save);
      population.staff().forEach(r.staff()::save);
      return null;
    });
  }

  /** The referral as it was before its validation: assessed, undecided, naming no accompaniment. */
  static Referral assessed(Referral validated) {
    return Referral.builder().from(validated).status(ReferralStatus.ASSESSED).decidedOn(Optional.empty())
        .accompaniment(Optional.empty()).build();
  }
}
