package org.liens.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.liens.household.PersonId;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * Every change of the consents of an accompaniment, oldest first (R7, R8): it starts with the consent that opened it
 * (the referral's), then each revocation and each new consent, none ever removed. A purpose is in force when its
 * last entry gives it.
 *
 * <p>Invariants: the first entry gives the consent to the {@link ConsentPurpose#ACCOMPANIMENT accompaniment};
 * entries are in date order; for each purpose, given and revoked alternate, starting with given. Treat as a value
 * type.
 *
 * @param entries the changes, oldest first
 */
public record ConsentHistory(List<ConsentEntry> entries) {
  /**
   * Checks the components: {@code entries} copied unmodifiable, without null element.
   *
   * @param entries the changes, oldest first
   */
  public ConsentHistory {
    entries = Checks.listOf(entries, "entries");
    consistent(!entries.isEmpty() && entries.get(0).purpose() == ConsentPurpose.ACCOMPANIMENT
        && entries.get(0).act() == ConsentAct.GIVEN, "it starts with the consent to the accompaniment");
    for (int i = 1; i < entries.size(); i++) {
      consistent(!entries.get(i).on().isBefore(entries.get(i - 1).on()), "entries are in date order");
    }
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      ConsentAct expected = ConsentAct.GIVEN;
      for (ConsentEntry entry : entries) {
        if (entry.purpose() == purpose) {
          consistent(entry.act() == expected, "given and revoked alternate for " + purpose);
          expected = expected == ConsentAct.GIVEN ? ConsentAct.REVOKED : ConsentAct.GIVEN;
        }
      }
    }
  }

  private static void consistent(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException("inconsistent consent history: " + message);
    }
  }

  /**
   * {@return the history that starts with {@code consent}: one entry given for each of its purposes}
   *
   * @param consent the consent recorded on the referral that opens the accompaniment
   */
  public static ConsentHistory startingWith(Consent consent) {
    Checks.required(consent, "consent");
    List<ConsentEntry> entries = new ArrayList<>();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      if (consent.purposes().contains(purpose)) {
        entries.add(new ConsentEntry(purpose, ConsentAct.GIVEN, consent.givenBy(), consent.givenOn()));
      }
    }
    return new ConsentHistory(entries);
  }

  /**
   * {@return whether {@code purpose} is in force: its last entry gives it}
   *
   * @param purpose what the consent is for
   */
  public boolean inForce(ConsentPurpose purpose) {
    return last(purpose).map(e -> e.act() == ConsentAct.GIVEN).orElse(false);
  }

  /**
   * {@return everyone who ever gave the consent to {@code purpose}}
   *
   * @param purpose what the consent is for
   */
  public Set<PersonId> givers(ConsentPurpose purpose) {
    return entries.stream().filter(e -> e.purpose() == purpose && e.act() == ConsentAct.GIVEN)
        .flatMap(e -> e.by().stream()).collect(Collectors.toUnmodifiableSet());
  }

  /** {@return the day of the latest entry} */
  public LocalDate lastChange() {
    return entries.get(entries.size() - 1).on();
  }

  /**
   * {@return this history with one more entry}
   *
   * @param entry the change: a purpose not in force given, or one in force revoked, dated on or after the last
   * @throws RuleViolationException with {@link ErrorCode#INVALID_CONSENT} if {@code entry} gives a consent in force,
   *     revokes one that is not, or is dated before the latest entry
   */
  public ConsentHistory with(ConsentEntry entry) {
    Checks.required(entry, "entry");
    boolean inForce = inForce(entry.purpose());
    if (inForce == (entry.act() == ConsentAct.GIVEN)) {
      throw new RuleViolationException(ErrorCode.INVALID_CONSENT, "the consent for " + entry.purpose() + " is "
          + (inForce ? "already in force" : "not in force"));
    }
    if (entry.on().isBefore(lastChange())) {
      throw new RuleViolationException(ErrorCode.INVALID_CONSENT, "a consent change cannot precede the last one");
    }
    List<ConsentEntry> more = new ArrayList<>(entries);
    more.add(entry);
    return new ConsentHistory(more);
  }

  private Optional<ConsentEntry> last(ConsentPurpose purpose) {
    ConsentEntry found = null;
    for (ConsentEntry entry : entries) {
      if (entry.purpose() == purpose) {
        found = entry;
      }
    }
    return Optional.ofNullable(found);
  }
}
