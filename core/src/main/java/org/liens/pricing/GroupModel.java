package org.liens.pricing;

import java.time.Duration;
import org.liens.shared.Checks;

/**
 * The indicative ARCS group model a group tariff is priced for (R3, R9): "Modèle Atelier de 6 enfants : 1 atelier
 * d'1h/semaine entre deux périodes de vacances scolaires (6 semaines). 900 € TTC". Quotes derive from it the
 * price of one group session: {@code price / sessions}, in proportion to the session's length (900 € / 6 =
 * 150 € for one hour, 225 € for ninety minutes), for a group of up to {@code childrenPerGroup} children.
 *
 * @param sessions the sessions the model price pays for (6)
 * @param sessionLength the length of one session of the model (one hour)
 * @param childrenPerGroup the most children in one group (6, R9: "ateliers de six personnes maximum")
 */
public record GroupModel(int sessions, Duration sessionLength, int childrenPerGroup) {
  /** R9: "ateliers de six personnes maximum"; a host may make groups smaller, never larger. */
  public static final int MAX_CHILDREN_PER_GROUP = 6;

  /** The 2023 model: six one-hour sessions for up to six children. */
  public static final GroupModel STANDARD_2023 = new GroupModel(6, Duration.ofHours(1), 6);

  /**
   * Checks the components: {@code sessionLength} required; and the rules stated for the type.
   *
   * @param sessions the sessions the model price pays for (6)
   * @param sessionLength the length of one session of the model (one hour)
   * @param childrenPerGroup the most children in one group (6, R9: "ateliers de six personnes maximum")
   */
  public GroupModel {
    Checks.check(sessions >= 1, "a group model has at least one session, was " + sessions);
    Checks.required(sessionLength, "sessionLength");
    Checks.check(sessionLength.toMinutes() >= 1 && sessionLength.toSeconds() % 60 == 0,
        "a group session lasts whole minutes, at least one, was " + sessionLength);
    Checks.check(childrenPerGroup >= 1 && childrenPerGroup <= MAX_CHILDREN_PER_GROUP,
        "a group takes from 1 to " + MAX_CHILDREN_PER_GROUP + " children (R9), was " + childrenPerGroup);
  }

  /**
   * {@return the price of one group session of {@code length} when the model costs {@code modelPrice}: {@code
   * modelPrice × length / (sessions × sessionLength)}, rounded once to the cent}
   *
   * @param modelPrice the price of the whole model
   * @param length the length of the session
   */
  public Money groupSessionPrice(Money modelPrice, Duration length) {
    Checks.required(modelPrice, "modelPrice");
    Checks.required(length, "length");
    return modelPrice.times(length.toMinutes(), sessions * sessionLength.toMinutes());
  }

  /**
   * {@return {@code ceil(children / childrenPerGroup)}: the groups needed for {@code children} children}
   *
   * @param children the number of children, zero or more
   */
  public int groupsFor(int children) {
    Checks.check(children >= 1, "at least one child, was " + children);
    return (children + childrenPerGroup - 1) / childrenPerGroup;
  }
}
