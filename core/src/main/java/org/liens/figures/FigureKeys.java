package org.liens.figures;

import org.liens.accompaniment.AccompanimentStatus;
import org.liens.catalog.OfferCode;

/**
 * The names of the counts and distributions a storage adapter returns in {@link FigureCounts} and a report prints
 * (issue 12). Every figure's definition is on its constant or method; the README ("Published figures") repeats them.
 */
public final class FigureKeys {
  /** Files handled ("dossiers traités"): referrals received in the period, whatever became of them. */
  public static final String FILES = "files";
  /** Accompaniments ended in any way (closed, cancelled, succeeded), among the eligible files. */
  public static final String ENDED = "accompaniments.ended";
  /** Families: distinct households of the files counted. */
  public static final String FAMILIES = "families";
  /** Families with a single parent ({@code Household.singleParent()}). */
  public static final String SINGLE_PARENT = "families.singleParent";
  /** Families with two parents, or caregivers only. */
  public static final String OTHER_COMPOSITION = "families.otherComposition";
  /** Families whose main situation is employed or self-employed ("salariés ou indépendants"). */
  public static final String IN_WORK = "families.inWork";
  /** Families on RSA ("relevant du RSA"). */
  public static final String RSA = "families.rsa";
  /** Families in any other employment situation. */
  public static final String OTHER_EMPLOYMENT = "families.otherEmployment";
  /** Families under the poverty line ("sous le seuil de pauvreté"). */
  public static final String BELOW_POVERTY_LINE = "families.belowPovertyLine";
  /** Families not under the poverty line. */
  public static final String NOT_BELOW_POVERTY_LINE = "families.notBelowPovertyLine";
  /** Children: the children of the families counted, each family counted once ("enfants"). */
  public static final String CHILDREN = "children";
  /** Days from the first appointment to the end, for every accompaniment that started and ended (duration). */
  public static final String DURATION = "duration";
  /** Days from the referral's receipt to the first appointment, for every accompaniment that started. */
  public static final String REFERRAL_TO_FIRST_APPOINTMENT = "referralToFirstAppointment";
  /** Days from the first appointment to the closure, for closed accompaniments only (not cancelled, not succeeded). */
  public static final String FIRST_APPOINTMENT_TO_CLOSURE = "firstAppointmentToClosure";

  private FigureKeys() {}

  /**
   * {@return the count of files with this outcome; the eligible files are the validated ones ({@link FileOutcome})}
   *
   * @param outcome pending, rejected or eligible
   */
  public static String files(FileOutcome outcome) {
    return "files." + outcome.name();
  }

  /**
   * {@return the count of accompaniments (eligible files) of this offer}
   *
   * @param offer the offer
   */
  public static String byOffer(OfferCode offer) {
    return "accompaniments.offer." + offer.value();
  }

  /**
   * {@return the count of accompaniments (eligible files) in this state at the knowledge date; MIP → MADI successions
   * are the {@code SUCCEEDED} ones (R6)}
   *
   * @param state the accompaniment's status
   */
  public static String byState(AccompanimentStatus state) {
    return "accompaniments.state." + state.name();
  }

  /**
   * {@return the count of accompaniments ended with this exit reason}
   *
   * @param code the exit reason's code
   */
  public static String exit(String code) {
    return "exits." + code;
  }

  /**
   * {@return a contact figure of one offer, over its accompaniments that started: {@code started} (how many),
   * {@code homeVisits} and {@code remoteContacts} recorded, {@code homeVisitTargetMin}/{@code Max} and
   * {@code remoteContactTargetMin}/{@code Max} (the sum of the offer's targets, R4)}
   *
   * @param offer the offer
   * @param what one of the names above
   */
  public static String contacts(OfferCode offer, String what) {
    return "contacts." + offer.value() + "." + what;
  }
}
