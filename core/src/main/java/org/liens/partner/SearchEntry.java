package org.liens.partner;

import java.util.HashSet;
import java.util.Set;
import org.liens.shared.Checks;

/**
 * A service with the words the search compares, computed once ({@link SearchText}): the words of its name, and of its
 * name, description and keywords together. For storage adapters, which keep or build one per service and hand them
 * to {@link ServiceQuery#select}. Immutable.
 */
public final class SearchEntry {
  private final PartnerService service;
  private final Set<String> nameWords;
  private final Set<String> words;
  private final Set<Theme> searchThemes;

  private SearchEntry(PartnerService service) {
    this.service = service;
    this.nameWords = Set.copyOf(SearchText.words(service.name()));
    Set<String> all = new HashSet<>(nameWords);
    all.addAll(SearchText.words(service.description()));
    service.keywords().forEach(k -> all.addAll(SearchText.words(k)));
    this.words = Set.copyOf(all);
    Set<Theme> themes = new HashSet<>(service.themes());
    service.themes().forEach(t -> t.parent().ifPresent(themes::add));
    this.searchThemes = Set.copyOf(themes);
  }

  /**
   * {@return the entry of {@code service}}
   *
   * @param service a service of the catalogue
   */
  public static SearchEntry of(PartnerService service) {
    return new SearchEntry(Checks.required(service, "service"));
  }

  /** {@return the service} */
  public PartnerService service() {
    return service;
  }

  /** {@return the folded words of its name} */
  public Set<String> nameWords() {
    return nameWords;
  }

  /** {@return the folded words of its name, description and keywords} */
  public Set<String> words() {
    return words;
  }

  /** {@return every theme a search finds it by: its themes and the themes they belong to} */
  public Set<Theme> searchThemes() {
    return searchThemes;
  }
}
