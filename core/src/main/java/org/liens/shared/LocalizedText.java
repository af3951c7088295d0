package org.liens.shared;

import java.util.Locale;

/**
 * A text in French (the language of the seeds and of the families) and in English. Treat as a value type.
 *
 * @param fr the French text, never blank
 * @param en the English text, never blank
 */
public record LocalizedText(String fr, String en) {
  /**
   * Checks the components: {@code fr} and {@code en} a bounded, non-blank text.
   *
   * @param fr the French text, never blank
   * @param en the English text, never blank
   */
  public LocalizedText {
    fr = Checks.shortText(fr, "fr");
    en = Checks.shortText(en, "en");
  }

  /**
   * {@return the same text in French and English}
   *
   * @param fr the French text
   * @param en the English text
   */
  public static LocalizedText of(String fr, String en) {
    return new LocalizedText(fr, en);
  }

  /**
   * {@return the French text for a French locale, the English text otherwise}
   *
   * @param locale the reader's locale
   */
  public String in(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? fr : en;
  }
}
