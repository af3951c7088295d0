package org.liens.storage.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.liens.partner.Audience;
import org.liens.partner.PartnerService;
import org.liens.partner.SearchEntry;
import org.liens.partner.ServiceQuery;
import org.liens.partner.ServiceStatus;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.partner.ZoneKind;

/**
 * A frozen search index over the catalogue's services, built at once from its entries (issue 16, the 1 ms target).
 * The services get dense numbers in the order the results come in among equal scores (name, then id), so a set of
 * matches is a {@link BitSet} read in result order. Themes, publics and statuses, a few dozen keys, have a bit set
 * each; zone codes and folded words, tens of thousands of keys, a sorted array of numbers each. A search builds one
 * bit set per criterion, intersects them, then scores the matches in result order with bit tests only, keeping the
 * first {@code limit} of each score: the answer of {@link ServiceQuery#select} over the same services, without
 * sorting and without scoring a service that does not match. Immutable, so concurrent reads share it.
 */
final class PartnerSearch {
  private static final int[] NONE = new int[0];

  private final SearchEntry[] entries;
  private final Map<Theme, BitSet> byTheme;
  private final Map<Audience, BitSet> byAudience;
  private final BitSet everyPublic;
  private final Map<ServiceStatus, BitSet> byStatus;
  private final Map<ZoneCode, int[]> byZone;
  private final TreeMap<String, int[]> byWord;
  private final TreeMap<String, int[]> byNameWord;

  private PartnerSearch(Collection<SearchEntry> services) {
    entries = services.toArray(SearchEntry[]::new);
    Arrays.sort(entries, Comparator.comparing((SearchEntry e) -> e.service().name())
        .thenComparing(e -> e.service().id().value()));
    byTheme = new HashMap<>();
    byAudience = new EnumMap<>(Audience.class);
    everyPublic = new BitSet(entries.length);
    byStatus = new EnumMap<>(ServiceStatus.class);
    Map<ZoneCode, Postings> zones = new HashMap<>();
    Map<String, Postings> words = new HashMap<>();
    Map<String, Postings> nameWords = new HashMap<>();
    for (int i = 0; i < entries.length; i++) {
      SearchEntry entry = entries[i];
      PartnerService s = entry.service();
      for (Theme t : entry.searchThemes()) {
        byTheme.computeIfAbsent(t, k -> new BitSet(entries.length)).set(i);
      }
      for (Audience a : s.audiences()) {
        byAudience.computeIfAbsent(a, k -> new BitSet(entries.length)).set(i);
      }
      if (s.audiences().isEmpty()) {
        everyPublic.set(i);
      }
      byStatus.computeIfAbsent(s.status(), k -> new BitSet(entries.length)).set(i);
      for (ZoneCode z : s.zone()) {
        zones.computeIfAbsent(z, k -> new Postings()).add(i);
      }
      for (String w : entry.words()) {
        words.computeIfAbsent(w, k -> new Postings()).add(i);
      }
      for (String w : entry.nameWords()) {
        nameWords.computeIfAbsent(w, k -> new Postings()).add(i);
      }
    }
    byZone = new HashMap<>(zones.size() * 2);
    zones.forEach((k, v) -> byZone.put(k, v.toArray()));
    byWord = new TreeMap<>();
    words.forEach((k, v) -> byWord.put(k, v.toArray()));
    byNameWord = new TreeMap<>();
    nameWords.forEach((k, v) -> byNameWord.put(k, v.toArray()));
  }

  /**
   * {@return the index of {@code services}}
   *
   * @param services every service of the catalogue, with its words
   */
  static PartnerSearch of(Collection<SearchEntry> services) {
    return new PartnerSearch(services);
  }

  /**
   * {@return what {@link ServiceQuery#select} answers over every service of this index}
   *
   * @param query the search
   */
  List<PartnerService> search(ServiceQuery query) {
    BitSet matches = new BitSet(entries.length);
    matches.set(0, entries.length);
    if (!query.themes().isEmpty()) {
      matches.and(union(byTheme, query.themes()));
    }
    if (!query.audiences().isEmpty()) {
      BitSet publics = union(byAudience, query.audiences());
      publics.or(everyPublic);
      matches.and(publics);
    }
    if (!query.statuses().isEmpty()) {
      matches.and(union(byStatus, query.statuses()));
    }
    List<BitSet> zoneBits = new ArrayList<>();
    List<Integer> zoneWeights = new ArrayList<>();
    if (!query.territory().isEmpty()) {
      BitSet anyZone = new BitSet(entries.length);
      for (ZoneCode z : query.territory()) {
        BitSet bits = bits(byZone.getOrDefault(z, NONE));
        anyZone.or(bits);
        zoneBits.add(bits);
        zoneWeights.add(ZoneKind.COUNTRY.ordinal() - z.kind().ordinal());
      }
      matches.and(anyZone);
    }
    List<BitSet> inName = new ArrayList<>();
    for (String keyword : query.keywords()) {
      matches.and(prefixed(byWord, keyword, matches));
      inName.add(prefixed(byNameWord, keyword, matches));
    }
    List<BitSet> themeBits = new ArrayList<>();
    query.themes().forEach(t -> themeBits.add(byTheme.getOrDefault(t, new BitSet())));
    return best(query, matches, inName, themeBits, zoneBits, zoneWeights);
  }

  /** The matches in result order, scored as {@link ServiceQuery#relevance} does, the first {@code limit} kept. */
  private List<PartnerService> best(ServiceQuery query, BitSet matches, List<BitSet> inName, List<BitSet> themeBits,
      List<BitSet> zoneBits, List<Integer> zoneWeights) {
    int limit = query.limit();
    int top = 3 * inName.size() + 2 * themeBits.size() + ZoneKind.COUNTRY.ordinal();
    List<List<PartnerService>> byScore = new ArrayList<>(top + 1);
    for (int s = 0; s <= top; s++) {
      byScore.add(new ArrayList<>());
    }
    for (int i = matches.nextSetBit(0); i >= 0; i = matches.nextSetBit(i + 1)) {
      int score = 0;
      for (BitSet name : inName) {
        score += name.get(i) ? 3 : 1;
      }
      for (BitSet theme : themeBits) {
        score += theme.get(i) ? 2 : 0;
      }
      int local = 0;
      for (int z = 0; z < zoneBits.size(); z++) {
        if (zoneBits.get(z).get(i)) {
          local = Math.max(local, zoneWeights.get(z));
        }
      }
      List<PartnerService> bucket = byScore.get(score + local);
      if (bucket.size() < limit) {
        bucket.add(entries[i].service());
        if (score + local == top && bucket.size() == limit) {
          break; // nothing later can come before these
        }
      }
    }
    List<PartnerService> result = new ArrayList<>(limit);
    for (int s = top; s >= 0 && result.size() < limit; s--) {
      List<PartnerService> bucket = byScore.get(s);
      result.addAll(bucket.subList(0, Math.min(bucket.size(), limit - result.size())));
    }
    return List.copyOf(result);
  }

  private <K> BitSet union(Map<K, BitSet> index, Collection<K> keys) {
    BitSet union = new BitSet(entries.length);
    for (K key : keys) {
      BitSet bits = index.get(key);
      if (bits != null) {
        union.or(bits);
      }
    }
    return union;
  }

  /** The services with a word that starts with {@code keyword}, among {@code within}. */
  private BitSet prefixed(TreeMap<String, int[]> index, String keyword, BitSet within) {
    BitSet found = new BitSet(entries.length);
    SortedMap<String, int[]> words = index.subMap(keyword, keyword + Character.MAX_VALUE);
    for (int[] ids : words.values()) {
      for (int id : ids) {
        if (within.get(id)) {
          found.set(id);
        }
      }
    }
    return found;
  }

  private BitSet bits(int[] ids) {
    BitSet bits = new BitSet(entries.length);
    for (int id : ids) {
      bits.set(id);
    }
    return bits;
  }

  /** A growing array of service numbers, ascending as they are added. */
  private static final class Postings {
    private int[] ids = new int[4];
    private int size;

    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    int[] toArray() {
      return Arrays.copyOf(ids, size);
    }
  }
}
