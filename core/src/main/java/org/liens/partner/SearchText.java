package org.liens.partner;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How the catalogue search compares words: lower case, accents removed ({@code Parentalité} is {@code parentalite}),
 * cut at every character that is no letter or digit. A keyword matches a word that starts with it, so
 * {@code parent} finds {@code Parentalité} and {@code parents}. Pure functions, the same for every adapter.
 */
public final class SearchText {
  private SearchText() {}

  /**
   * {@return {@code text} in lower case without accents or combining marks}
   *
   * @param text any text
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT).replace('œ', 'o').replace('æ', 'a');
  }

  /**
   * {@return the words of {@code text}, folded, in the order they first appear}
   *
   * @param text any text
   */
  public static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    String folded = fold(text);
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    return words;
  }
}
