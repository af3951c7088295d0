package org.liens.partner;

import java.util.Optional;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * A theme of the data·inclusion {@code thematiques} vocabulary, such as {@code famille} or its sub-theme
 * {@code famille--soutien-a-la-parentalite}. A value type: two themes are equal when their codes are. A search for a
 * theme finds the services of its sub-themes too ({@link #covers}).
 *
 * @param code the data·inclusion code
 */
public record Theme(String code) {
  /** {@code famille--soutien-a-la-parentalite}: parenting support (MIP, MADI; seed 004's "Parentalité"). */
  public static final Theme PARENTING_SUPPORT = new Theme("famille--soutien-a-la-parentalite");
  /** {@code handicap--aide-a-la-personne}: help for a person with a disability or an illness, and their carers (MAPA). */
  public static final Theme DISABILITY_CARE = new Theme("handicap--aide-a-la-personne");
  /** {@code remobilisation--restaurer-sa-confiance-son-image-de-soi}: restoring one's confidence (ARCS). */
  public static final Theme SELF_CONFIDENCE = new Theme("remobilisation--restaurer-sa-confiance-son-image-de-soi");

  private static final String SEPARATOR = "--";

  /**
   * Checks the code against the vocabulary.
   *
   * @param code the data·inclusion code
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for a code outside the vocabulary
   */
  public Theme {
    Checks.required(code, "theme");
    if (!ThemeVocabulary.CODES.contains(code)) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, "thematiques holds a code outside the data·inclusion list");
    }
  }

  /**
   * {@return the theme of this code, as data·inclusion publishes it (a space read as a hyphen)}
   *
   * @param code a code of the vocabulary
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for a code outside the vocabulary
   */
  public static Theme of(String code) {
    return new Theme(Checks.required(code, "theme").strip().replace(' ', '-'));
  }

  /**
   * {@return whether {@code code} names a theme of the vocabulary}
   *
   * @param code a text, possibly null
   */
  public static boolean isKnown(String code) {
    return code != null && ThemeVocabulary.CODES.contains(code.strip().replace(' ', '-'));
  }

  /** {@return the theme a sub-theme belongs to ({@code famille} for {@code famille--garde-denfants}); none for a theme} */
  public Optional<Theme> parent() {
    int at = code.indexOf(SEPARATOR);
    return at < 0 ? Optional.empty() : Optional.of(new Theme(code.substring(0, at)));
  }

  /**
   * {@return whether a search for this theme finds a service of {@code other}: the same theme, or one of its
   * sub-themes}
   *
   * @param other a service's theme
   */
  public boolean covers(Theme other) {
    return other.equals(this) || other.parent().filter(this::equals).isPresent();
  }

  @Override
  public String toString() {
    return code;
  }
}
