package org.liens.storage.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.PartnerStructure;
import org.liens.partner.PartnerStructureId;
import org.liens.partner.SearchEntry;
import org.liens.partner.ServiceQuery;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.storage.PartnerCatalogue;

/**
 * {@code liens_partner_structure}, {@code liens_partner_service} and {@code liens_partner_service_key} (migration
 * V10): the partner catalogue. A store updates the rows that exist and inserts the others, in batches, and rewrites
 * a service's keys; a search narrows the candidates in SQL (status, one key of each criterion given, each keyword
 * starting a word) and lets {@link ServiceQuery#select} filter and order them, as every adapter does.
 */
final class PartnerCatalogueRepository implements PartnerCatalogue {
  static final String STRUCTURE = "liens_partner_structure";
  static final String SERVICE = "liens_partner_service";
  static final String KEY = "liens_partner_service_key";
  private static final int CHUNK = 500;
  private static final String THEME = "THEME";
  private static final String PUBLIC = "PUBLIC";
  private static final String ZONE = "ZONE";
  private static final String EVERY_PUBLIC = "*";

  private final Session session;
  private final Transaction tx;

  PartnerCatalogueRepository(Session session) {
    this.session = session;
    this.tx = session.transaction;
  }

  private record Key(UUID service, String kind, String code) {}

  @Override
  public void store(List<PartnerStructure> structures, List<PartnerService> services) {
    List<PartnerStructure> newStructures = Checks.listOf(structures, "structures");
    List<PartnerService> newServices = Checks.listOf(services, "services");
    session.writable();
    Set<UUID> known = existing(STRUCTURE, newStructures.stream().map(s -> s.id().value()).toList());
    tx.batch("update partner structures", "UPDATE " + STRUCTURE + " SET data = ? WHERE id = ?",
        newStructures.stream().filter(s -> known.contains(s.id().value())).toList(),
        (args, s) -> args.json(s).uuid(s.id().value()));
    tx.batch("insert partner structures", "INSERT INTO " + STRUCTURE + " (id, data) VALUES (?, ?)",
        newStructures.stream().filter(s -> !known.contains(s.id().value())).toList(),
        (args, s) -> args.uuid(s.id().value()).json(s));
    Set<UUID> referred = newServices.stream().map(s -> s.structure().value()).collect(Collectors.toSet());
    newStructures.forEach(s -> referred.remove(s.id().value()));
    Set<UUID> found = existing(STRUCTURE, List.copyOf(referred));
    for (PartnerService service : newServices) {
      UUID structure = service.structure().value();
      if (referred.contains(structure) && !found.contains(structure)) {
        throw new IntegrityViolationException(ErrorCode.DANGLING_REFERENCE, "no partner structure " + structure);
      }
    }
    List<UUID> ids = newServices.stream().map(s -> s.id().value()).toList();
    Set<UUID> stored = existing(SERVICE, ids);
    tx.batch("delete partner service keys", "DELETE FROM " + KEY + " WHERE service_id = ?",
        List.copyOf(stored), (args, id) -> args.uuid(id));
    tx.batch("update partner services", "UPDATE " + SERVICE
        + " SET structure_id = ?, status = ?, data = ?, words = ? WHERE id = ?",
        newServices.stream().filter(s -> stored.contains(s.id().value())).toList(),
        (args, s) -> args.uuid(s.structure().value()).name(s.status()).json(s).text(words(s)).uuid(s.id().value()));
    tx.batch("insert partner services", "INSERT INTO " + SERVICE
        + " (id, structure_id, status, data, words) VALUES (?, ?, ?, ?, ?)",
        newServices.stream().filter(s -> !stored.contains(s.id().value())).toList(),
        (args, s) -> args.uuid(s.id().value()).uuid(s.structure().value()).name(s.status()).json(s).text(words(s)));
    tx.batch("insert partner service keys", "INSERT INTO " + KEY + " (service_id, kind, code) VALUES (?, ?, ?)",
        newServices.stream().flatMap(s -> keys(s).stream()).toList(),
        (args, k) -> args.uuid(k.service()).text(k.kind()).text(k.code()));
  }

  /** The words of a service, each after a space and the last one followed by one. */
  private static String words(PartnerService service) {
    return " " + String.join(" ", SearchEntry.of(service).words()) + " ";
  }

  private static List<Key> keys(PartnerService s) {
    UUID id = s.id().value();
    List<Key> keys = new ArrayList<>();
    SearchEntry.of(s).searchThemes().forEach(t -> keys.add(new Key(id, THEME, t.code())));
    s.audiences().forEach(a -> keys.add(new Key(id, PUBLIC, a.code())));
    if (s.audiences().isEmpty()) {
      keys.add(new Key(id, PUBLIC, EVERY_PUBLIC));
    }
    s.zone().forEach(z -> keys.add(new Key(id, ZONE, z.code())));
    return keys;
  }

  /** Which of {@code ids} are rows of {@code table}, asked {@value #CHUNK} at a time. */
  private Set<UUID> existing(String table, List<UUID> ids) {
    Set<UUID> found = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      found.addAll(tx.query("find partner rows", "SELECT id FROM " + table + " WHERE id IN (" + marks(chunk.size())
          + ")", args -> {
            for (UUID id : chunk) {
              args.uuid(id);
            }
          }, row -> row.uuid("id")));
    }
    return found;
  }

  private static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  @Override
  public Optional<PartnerStructure> structure(PartnerStructureId id) {
    Checks.required(id, "id");
    session.usable();
    return tx.queryOne("read a partner structure", "SELECT data FROM " + STRUCTURE + " WHERE id = ?",
        args -> args.uuid(id.value()), row -> row.json("data", PartnerStructure.class));
  }

  @Override
  public Optional<PartnerService> service(PartnerServiceId id) {
    Checks.required(id, "id");
    session.usable();
    return tx.queryOne("read a partner service", "SELECT data FROM " + SERVICE + " WHERE id = ?",
        args -> args.uuid(id.value()), row -> row.json("data", PartnerService.class));
  }

  @Override
  public List<PartnerService> search(ServiceQuery query) {
    Checks.required(query, "query");
    session.usable();
    StringBuilder sql = new StringBuilder("SELECT s.data FROM " + SERVICE + " s WHERE 1 = 1");
    List<String> values = new ArrayList<>();
    if (!query.statuses().isEmpty()) {
      sql.append(" AND s.status IN (").append(marks(query.statuses().size())).append(')');
      query.statuses().forEach(st -> values.add(st.name()));
    }
    keyed(sql, values, THEME, query.themes().stream().map(t -> t.code()).toList());
    if (!query.audiences().isEmpty()) {
      Set<String> codes = new LinkedHashSet<>();
      query.audiences().forEach(a -> codes.add(a.code()));
      codes.add(EVERY_PUBLIC);
      keyed(sql, values, PUBLIC, codes);
    }
    keyed(sql, values, ZONE, query.territory().stream().map(z -> z.code()).toList());
    for (String keyword : query.keywords()) {
      sql.append(" AND s.words LIKE ?"); // a folded word holds letters and digits only: no LIKE wildcard
      values.add("% " + keyword + "%");
    }
    List<PartnerService> candidates = tx.query("search partner services", sql.toString(), args -> {
      for (String value : values) {
        args.text(value);
      }
    }, row -> row.json("data", PartnerService.class));
    return query.select(candidates.stream().map(SearchEntry::of).toList());
  }

  /** One key of {@code kind} among {@code codes}, when any code is given. */
  private static void keyed(StringBuilder sql, List<String> values, String kind, Collection<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    sql.append(" AND EXISTS (SELECT 1 FROM ").append(KEY).append(" k WHERE k.service_id = s.id AND k.kind = ?")
        .append(" AND k.code IN (").append(marks(codes.size())).append("))");
    values.add(kind);
    values.addAll(codes);
  }

  @Override
  public long serviceCount() {
    session.usable();
    return tx.queryOne("count partner services", "SELECT COUNT(*) AS n FROM " + SERVICE, args -> { },
        row -> row.number("n")).orElse(0L);
  }

}
