package org.liens.accompaniment.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.CarePeriod;
import org.liens.staff.StaffId;
import org.liens.accompaniment.PlannedVisit;
import org.liens.accompaniment.Progress;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;

/**
 * One line of the active caseload ("file active", R8): what a prescriber may consult about an accompaniment it
 * referred. Ids, dates, counts and statuses only: no names, no notes, no health data.
 *
 * @param accompaniment the accompaniment
 * @param household the household
 * @param offer the offer
 * @param status validated or active
 * @param openedOn the validation date
 * @param firstAppointment the first appointment, once fixed
 * @param lastDay the last day of the period, once fixed
 * @param team the educators
 * @param prescriber who referred, if a partner did
 * @param funder who pays
 * @param nextPlannedVisit the earliest planned home visit not yet done
 * @param progress contacts against targets on the day the caseload was read
 */
public record CaseloadEntry(
    AccompanimentId accompaniment, HouseholdId household, OfferCode offer, AccompanimentStatus status,
    LocalDate openedOn, Optional<LocalDate> firstAppointment, Optional<LocalDate> lastDay, List<StaffId> team,
    Optional<OrganisationId> prescriber, OrganisationId funder, Optional<LocalDate> nextPlannedVisit,
    Optional<Progress> progress) {

  /**
   * {@return the line of {@code accompaniment}, with progress as of {@code today}}
   *
   * @param accompaniment the accompaniment, as stored
   * @param today the current date, from the clock
   */
  public static CaseloadEntry of(Accompaniment accompaniment, LocalDate today) {
    return new CaseloadEntry(
        accompaniment.id(),
        accompaniment.household(),
        accompaniment.offer().code(),
        accompaniment.status(),
        accompaniment.openedOn(),
        accompaniment.period().map(CarePeriod::start),
        accompaniment.lastDay(),
        accompaniment.team(),
        accompaniment.prescriber(),
        accompaniment.funder(),
        accompaniment.plannedVisits().stream().filter(v -> !v.done()).map(PlannedVisit::date).findFirst(),
        accompaniment.progressAt(today));
  }
}
