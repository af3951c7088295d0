package org.liens.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.liens.partner.Audience;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerStructure;
import org.liens.partner.SearchEntry;
import org.liens.partner.ServiceQuery;
import org.liens.partner.ServiceStatus;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;

/**
 * The partner catalogue in memory: structures and services by id, and one inverted index per search criterion
 * (theme and the theme it belongs to, public, zone code, status, folded word). A search reads the posting lists of
 * the narrowest criterion it gives and lets {@link ServiceQuery#select} decide on those candidates only. Guarded by
 * the store's lock; every write registers its undo in the transaction's journal.
 */
final class PartnerIndex {
  private final Map<UUID, PartnerStructure> structures = new HashMap<>();
  private final Map<UUID, SearchEntry> services = new HashMap<>();
  private final Map<Theme, Set<UUID>> byTheme = new HashMap<>();
  private final Map<Audience, Set<UUID>> byAudience = new HashMap<>();
  private final Set<UUID> everyPublic = new HashSet<>();
  private final Map<ZoneCode, Set<UUID>> byZone = new HashMap<>();
  private final Map<ServiceStatus, Set<UUID>> byStatus = new HashMap<>();
  private final TreeMap<String, Set<UUID>> byWord = new TreeMap<>();

  PartnerStructure structure(UUID id) {
    return structures.get(id);
  }

  SearchEntry service(UUID id) {
    return services.get(id);
  }

  int serviceCount() {
    return services.size();
  }

  void putStructure(PartnerStructure structure, Journal journal) {
    UUID id = structure.id().value();
    PartnerStructure previous = structures.put(id, structure);
    journal.onRollback(() -> {
      if (previous == null) {
        structures.remove(id);
      } else {
        structures.put(id, previous);
      }
    });
  }

  void putService(PartnerService service, Journal journal) {
    UUID id = service.id().value();
    SearchEntry previous = replace(id, SearchEntry.of(service));
    journal.onRollback(() -> replace(id, previous));
  }

  private SearchEntry replace(UUID id, SearchEntry entry) {
    SearchEntry previous = entry == null ? services.remove(id) : services.put(id, entry);
    if (previous != null) {
      index(id, previous, false);
    }
    if (entry != null) {
      index(id, entry, true);
    }
    return previous;
  }

  private void index(UUID id, SearchEntry entry, boolean add) {
    PartnerService s = entry.service();
    entry.searchThemes().forEach(t -> post(byTheme, t, id, add));
    s.audiences().forEach(a -> post(byAudience, a, id, add));
    if (s.audiences().isEmpty()) {
      if (add) {
        everyPublic.add(id);
      } else {
        everyPublic.remove(id);
      }
    }
    s.zone().forEach(z -> post(byZone, z, id, add));
    post(byStatus, s.status(), id, add);
    entry.words().forEach(w -> post(byWord, w, id, add));
  }

  private static <K> void post(Map<K, Set<UUID>> index, K key, UUID id, boolean add) {
    if (add) {
      index.computeIfAbsent(key, k -> new HashSet<>()).add(id);
    } else {
      Set<UUID> ids = index.get(key);
      ids.remove(id);
      if (ids.isEmpty()) {
        index.remove(key);
      }
    }
  }

  /** The search: the posting lists of the criterion with the fewest ids, then the query's own filter and order. */
  List<PartnerService> search(ServiceQuery query) {
    List<Collection<Set<UUID>>> criteria = new ArrayList<>();
    if (!query.themes().isEmpty()) {
      criteria.add(postings(byTheme, query.themes()));
    }
    if (!query.audiences().isEmpty()) {
      List<Set<UUID>> lists = new ArrayList<>(postings(byAudience, query.audiences()));
      lists.add(everyPublic);
      criteria.add(lists);
    }
    if (!query.territory().isEmpty()) {
      criteria.add(postings(byZone, query.territory()));
    }
    if (!query.statuses().isEmpty()) {
      criteria.add(postings(byStatus, query.statuses()));
    }
    int keyed = criteria.size(); // themes, publics, zones, statuses; then one criterion per keyword
    for (String keyword : query.keywords()) {
      criteria.add(byWord.subMap(keyword, true, keyword + Character.MAX_VALUE, false).values());
    }
    if (criteria.isEmpty()) {
      return query.select(services.values());
    }
    Collection<Set<UUID>> narrowest = criteria.get(0);
    long fewest = Long.MAX_VALUE;
    for (Collection<Set<UUID>> lists : criteria) {
      long size = lists.stream().mapToLong(Set::size).sum();
      if (size < fewest) {
        fewest = size;
        narrowest = lists;
      }
    }
    Set<UUID> ids = new HashSet<>();
    narrowest.forEach(ids::addAll);
    for (Collection<Set<UUID>> other : criteria.subList(0, keyed)) { // the other keyed criteria: a few sets each
      if (other != narrowest) {
        ids.removeIf(id -> other.stream().noneMatch(list -> list.contains(id)));
      }
    }
    List<SearchEntry> candidates = new ArrayList<>(ids.size());
    ids.forEach(id -> candidates.add(services.get(id)));
    return query.select(candidates);
  }

  private static <K> List<Set<UUID>> postings(Map<K, Set<UUID>> index, Set<K> keys) {
    List<Set<UUID>> lists = new ArrayList<>(keys.size());
    for (K key : keys) {
      Set<UUID> ids = index.get(key);
      if (ids != null) {
        lists.add(ids);
      }
    }
    return lists;
  }

}
