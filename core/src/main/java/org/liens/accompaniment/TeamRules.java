package org.liens.accompaniment;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.liens.catalog.Offer;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;
import org.liens.staff.StaffId;

/**
 * The team of an accompaniment (R5, R6): MIP and MAPA have exactly one educator, MADI one or more, nobody twice;
 * a MADI that succeeds an MIP keeps the MIP's whole team first.
 */
final class TeamRules {
  private TeamRules() {}

  /**
   * An immutable copy of {@code team}, once checked against the offer's rule.
   *
   * @throws RuleViolationException with {@link ErrorCode#INVALID_TEAM} if an educator appears twice or the size
   *     breaks the offer's rule
   */
  static List<StaffId> checked(Offer offer, List<StaffId> team) {
    List<StaffId> members = Checks.listOf(team, "team");
    if (Set.copyOf(members).size() != members.size()) {
      throw new RuleViolationException(ErrorCode.INVALID_TEAM, "an educator appears twice in the team");
    }
    if (!offer.team().allows(members.size())) {
      throw new RuleViolationException(
          ErrorCode.INVALID_TEAM,
          offer.code() + " needs " + offer.team() + " educator(s), got " + members.size());
    }
    return members;
  }

  /** The team continued from {@code predecessor}'s (R6), then {@code additionalEducators} not already on it. */
  static List<StaffId> continued(List<StaffId> predecessor, List<StaffId> additionalEducators) {
    return Stream.concat(predecessor.stream(), Checks.listOf(additionalEducators, "additionalEducators").stream())
        .distinct()
        .toList();
  }
}
