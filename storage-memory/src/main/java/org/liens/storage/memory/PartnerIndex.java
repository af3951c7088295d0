package org.liens.storage.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerStructure;
import org.liens.partner.SearchEntry;
import org.liens.partner.ServiceQuery;

/**
 * The partner catalogue in memory: structures and services by id, each service with its search words
 * ({@link SearchEntry}), and a {@link PartnerSearch} index over them, built at the first search after a change and
 * shared by the searches until the next change (an import of 140 000 services only fills the maps; the first search
 * then builds the index once). Guarded by the store's lock; every write registers its undo in the transaction's
 * journal, and every change, undo included, drops the index.
 */
final class PartnerIndex {
  private final Map<UUID, PartnerStructure> structures = new HashMap<>();
  private final Map<UUID, SearchEntry> services = new HashMap<>();
  private PartnerSearch search;

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

  private synchronized SearchEntry replace(UUID id, SearchEntry entry) {
    search = null;
    return entry == null ? services.remove(id) : services.put(id, entry);
  }

  /** The search: {@link PartnerSearch} over every service, built again after a change. */
  List<PartnerService> search(ServiceQuery query) {
    return index().search(query);
  }

  private synchronized PartnerSearch index() {
    if (search == null) {
      search = PartnerSearch.of(services.values());
    }
    return search;
  }
}
