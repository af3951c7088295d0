package org.liens.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * A search of the partner catalogue (issue 16), the same for every storage adapter: the adapters narrow the candidates
 * with their indexes and {@link #select} decides. A service is found when every criterion given holds:
 * <ul>
 *   <li>{@code themes}: one of its themes is a requested theme or a sub-theme of one ({@link Theme#covers});</li>
 *   <li>{@code audiences}: it is for one of them, or for every public (no {@code publics});</li>
 *   <li>{@code territory}: its eligibility zone holds one of these codes ({@link Territories#zonesOf} gives those of
 *       a commune: the commune, its EPCI, its département, {@code france}); a service without zone is not found;</li>
 *   <li>{@code keywords}: each keyword starts a word of its name, description or keywords ({@link SearchText});</li>
 *   <li>{@code statuses}: its status is one of them.</li>
 * </ul>
 * An empty criterion is no criterion. <b>Relevance</b>: per keyword, 3 when it starts a word of the name, otherwise 1;
 * plus 2 per requested theme it covers; plus how local its zone is (3 for the commune itself, 2 its EPCI, 1 its
 * département, 0 the country). Results come by relevance, then name ({@link String#compareTo}), then id, at most
 * {@code limit} of them.
 *
 * @param themes the themes, any of which
 * @param audiences the publics, any of which
 * @param territory the zone codes, any of which
 * @param keywords the keywords, each folded, all of which
 * @param statuses the statuses, any of which
 * @param limit the most results, 1 to {@value #MAX_LIMIT}
 */
public record ServiceQuery(Set<Theme> themes, Set<Audience> audiences, Set<ZoneCode> territory, List<String> keywords,
    Set<ServiceStatus> statuses, int limit) {
  /** The most results a search returns. */
  public static final int MAX_LIMIT = 1_000;
  /** The results a search returns unless told otherwise. */
  public static final int DEFAULT_LIMIT = 20;

  /**
   * Checks and folds the components: keywords are folded and cut into words ({@code "Aide-aux aidants"} is three).
   *
   * @param themes the themes, any of which
   * @param audiences the publics, any of which
   * @param territory the zone codes, any of which
   * @param keywords the keywords, all of which
   * @param statuses the statuses, any of which
   * @param limit the most results
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for a limit out of range
   */
  public ServiceQuery {
    themes = Checks.setOf(themes, "themes");
    audiences = Checks.setOf(audiences, "audiences");
    territory = Checks.setOf(territory, "territory");
    List<String> words = new ArrayList<>();
    Checks.listOf(keywords, "keywords").forEach(k -> SearchText.words(k).stream()
        .filter(w -> !words.contains(w)).forEach(words::add));
    keywords = List.copyOf(words);
    statuses = Checks.setOf(statuses, "statuses");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, "limit must lie between 1 and " + MAX_LIMIT);
    }
  }

  /** {@return the search of everything, the {@value #DEFAULT_LIMIT} first; narrow it with the {@code with…} copies} */
  public static ServiceQuery all() {
    return new ServiceQuery(Set.of(), Set.of(), Set.of(), List.of(), Set.of(), DEFAULT_LIMIT);
  }

  /**
   * {@return this search for services of any of these themes}
   *
   * @param newThemes the themes
   */
  public ServiceQuery withThemes(Theme... newThemes) {
    return new ServiceQuery(Set.of(newThemes), audiences, territory, keywords, statuses, limit);
  }

  /**
   * {@return this search for services for any of these publics}
   *
   * @param newAudiences the publics
   */
  public ServiceQuery withAudiences(Audience... newAudiences) {
    return new ServiceQuery(themes, Set.of(newAudiences), territory, keywords, statuses, limit);
  }

  /**
   * {@return this search for the services a person living in {@code commune} is eligible to}
   *
   * @param commune the commune's INSEE code
   * @param territories where the communes lie (their EPCI)
   */
  public ServiceQuery near(ZoneCode commune, Territories territories) {
    return new ServiceQuery(themes, audiences, Checks.required(territories, "territories").zonesOf(commune), keywords,
        statuses, limit);
  }

  /**
   * {@return this search for services whose words start with each of these keywords}
   *
   * @param text the keywords, separated by spaces or punctuation
   */
  public ServiceQuery withKeywords(String text) {
    return new ServiceQuery(themes, audiences, territory, List.of(Checks.required(text, "keywords")), statuses, limit);
  }

  /**
   * {@return this search for services in any of these statuses}
   *
   * @param newStatuses the statuses
   */
  public ServiceQuery withStatuses(ServiceStatus... newStatuses) {
    return new ServiceQuery(themes, audiences, territory, keywords, Set.of(newStatuses), limit);
  }

  /**
   * {@return this search returning at most {@code newLimit} services}
   *
   * @param newLimit the most results, 1 to {@value #MAX_LIMIT}
   */
  public ServiceQuery withLimit(int newLimit) {
    return new ServiceQuery(themes, audiences, territory, keywords, statuses, newLimit);
  }

  /**
   * {@return whether {@code entry} is found by this search}
   *
   * @param entry a service with its words
   */
  public boolean matches(SearchEntry entry) {
    PartnerService s = entry.service();
    return (statuses.isEmpty() || statuses.contains(s.status()))
        && (themes.isEmpty() || covers(entry))
        && (audiences.isEmpty() || s.audiences().isEmpty() || s.audiences().stream().anyMatch(audiences::contains))
        && (territory.isEmpty() || s.zone().stream().anyMatch(territory::contains))
        && keywords.stream().allMatch(k -> startsAWord(entry.words(), k));
  }

  /**
   * {@return how relevant {@code entry} is to this search, higher first (see the type's description)}
   *
   * @param entry a service this search finds
   */
  public int relevance(SearchEntry entry) {
    PartnerService s = entry.service();
    int score = 0;
    for (String k : keywords) {
      score += startsAWord(entry.nameWords(), k) ? 3 : 1;
    }
    for (Theme t : themes) {
      if (entry.searchThemes().contains(t)) { // t covers one of its themes: t is one of them or their parent
        score += 2;
      }
    }
    int local = 0;
    for (ZoneCode z : s.zone()) {
      if (territory.contains(z)) {
        local = Math.max(local, ZoneKind.COUNTRY.ordinal() - z.kind().ordinal());
      }
    }
    return score + local;
  }

  /**
   * {@return the services of {@code candidates} this search finds, by relevance, then name, then id, at most
   * {@code limit}}: the whole search once an adapter has narrowed the candidates to a superset of the result
   *
   * @param candidates services with their words, each once
   */
  public List<PartnerService> select(Collection<SearchEntry> candidates) {
    record Scored(int score, PartnerService service) {}
    Comparator<Scored> best = Comparator.comparingInt(Scored::score).reversed()
        .thenComparing(x -> x.service().name()).thenComparing(x -> x.service().id().value());
    PriorityQueue<Scored> worstFirst = new PriorityQueue<>(best.reversed());
    for (SearchEntry entry : candidates) {
      if (matches(entry)) {
        worstFirst.add(new Scored(relevance(entry), entry.service()));
        if (worstFirst.size() > limit) {
          worstFirst.poll();
        }
      }
    }
    List<Scored> kept = new ArrayList<>(worstFirst);
    kept.sort(best);
    return kept.stream().map(Scored::service).toList();
  }

  private boolean covers(SearchEntry entry) {
    for (Theme t : themes) {
      if (entry.searchThemes().contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAWord(Set<String> words, String keyword) {
    if (words.contains(keyword)) {
      return true;
    }
    for (String w : words) {
      if (w.startsWith(keyword)) {
        return true;
      }
    }
    return false;
  }
}
