package org.liens.access;

/**
 * What part of the data a grant of the {@link AccessPolicy} covers, from the actor's point of view. Scopes are
 * ordered by inclusion: {@link #ALL} includes every other; {@link #TEAM}, {@link #REFERRED} and {@link #FUNDED} include
 * only themselves. A host narrows a grant to an included scope, never to a wider one.
 */
public enum Scope {
  /** Everything of the operating organisation (coordinator, administrator, system). */
  ALL,
  /** What concerns accompaniments whose team holds the actor's staff id (educator). */
  TEAM,
  /** What concerns accompaniments the actor's organisation referred (prescriber). */
  REFERRED,
  /** What the actor's organisation pays for or ordered: agreements, places, invoices, quotes (funder). */
  FUNDED;

  /**
   * {@return whether this scope covers {@code target} for {@code actor}}
   *
   * @param actor who asks
   * @param target what the call reads or changes
   */
  public boolean covers(Actor actor, AccessTarget target) {
    return switch (this) {
      case ALL -> true;
      case TEAM -> actor.staff().map(target.teams()::contains).orElse(false);
      case REFERRED -> actor.organisation().map(target.referredBy()::contains).orElse(false);
      case FUNDED -> actor.organisation().map(target.fundedBy()::contains).orElse(false);
    };
  }

  /**
   * {@return whether everything {@code other} covers, this scope covers too}
   *
   * @param other the scope compared with this one
   */
  public boolean includes(Scope other) {
    return this == ALL || this == other;
  }
}
