package org.liens.catalog;

import java.util.Optional;
import java.util.Set;
import org.liens.shared.Checks;
import org.liens.shared.LocalizedText;

/**
 * One offer of the catalogue (R1, R3–R5, R9): what it is called, how long it lasts, which contacts it expects,
 * how its team is made, whom it serves, through which channels it may be prescribed, and which offers it may
 * follow (R6: MADI after MIP). Accompaniments keep a copy of their offer as it was when they were opened, so a
 * later catalogue change never alters a running accompaniment.
 *
 * @param code the offer's code
 * @param name its French and English names
 * @param duration 6 months for MIP, MADI, MAPA; per session for ARCS
 * @param contactTargets expected home visits and remote contacts; empty for offers without targets (ARCS)
 * @param team the team rule
 * @param audience whom it serves
 * @param channels the referral channels it accepts (at least one)
 * @param mayFollow the offers an accompaniment of this offer may succeed, keeping the team
 */
public record Offer(
    OfferCode code,
    LocalizedText name,
    OfferDuration duration,
    Optional<ContactTargets> contactTargets,
    TeamRule team,
    Audience audience,
    Set<ReferralChannel> channels,
    Set<OfferCode> mayFollow) {

  /**
   * Checks the components: {@code code}, {@code name}, {@code duration}, {@code contactTargets}, {@code team} and
   * {@code audience} required; {@code channels} and {@code mayFollow} copied unmodifiable, without null element; and
   * the rules stated for the type.
   *
   * @param code the offer's code
   * @param name its French and English names
   * @param duration 6 months for MIP, MADI, MAPA; per session for ARCS
   * @param contactTargets expected home visits and remote contacts; empty for offers without targets (ARCS)
   * @param team the team rule
   * @param audience whom it serves
   * @param channels the referral channels it accepts (at least one)
   * @param mayFollow the offers an accompaniment of this offer may succeed, keeping the team
   */
  public Offer {
    Checks.requiredAll("code, name, duration, contactTargets, team, audience",
        code, name, duration, contactTargets, team, audience);
    channels = Checks.setOf(channels, "channels");
    Checks.check(!channels.isEmpty(), "offer " + code + " needs at least one referral channel");
    mayFollow = Checks.setOf(mayFollow, "mayFollow");
    Checks.check(!mayFollow.contains(code), "offer " + code + " cannot follow itself");
  }

  /**
   * {@return whether an accompaniment of this offer may succeed one of {@code previous} (R6)}
   *
   * @param previous the offer of the accompaniment to succeed
   */
  public boolean mayFollow(OfferCode previous) {
    return mayFollow.contains(previous);
  }
}
