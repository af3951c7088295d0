package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.liens.partner.Audience;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.PartnerStructure;
import org.liens.partner.SearchEntry;
import org.liens.partner.ServiceQuery;
import org.liens.partner.ServiceStatus;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.storage.Storage;

/**
 * The partner catalogue (issue 16) on every adapter: structures and services read back equal, replace by id, refuse a
 * service of an unknown structure and store nothing then, and every search answers exactly as the brute-force
 * {@link ServiceQuery#select} over every stored service, in the same order.
 */
public interface PartnerCatalogueContract extends StorageFactory {
  /** The day of every generated record. */
  LocalDate DAY = LocalDate.of(2024, 3, 1);
  /** A small vocabulary, so that generated searches find something. */
  List<Theme> THEMES = List.of(Theme.of("famille"), Theme.PARENTING_SUPPORT, Theme.of("famille--garde-denfants"),
      Theme.DISABILITY_CARE, Theme.SELF_CONFIDENCE, Theme.of("remobilisation--lien-social"));
  /** Zones of two communes, their EPCI, their départements and the country. */
  List<ZoneCode> ZONES = List.of(ZoneCode.of("48198"), ZoneCode.of("32256"), ZoneCode.of("200093201"),
      ZoneCode.of("48"), ZoneCode.of("32"), ZoneCode.FRANCE);
  /** Words of names and descriptions, some sharing a prefix, some accented. */
  List<String> WORDS = List.of("Parentalité", "parents", "atelier", "ateliers", "châtaigne", "jardin", "aidants",
      "école", "Écoute", "lien");

  /**
   * {@return a structure of the generated catalogues}
   *
   * @param n its number
   */
  static PartnerStructure structure(int n) {
    return PartnerStructure.of("tck", "s" + n, "Centre social " + n, DAY);
  }

  /** A structure and a service read back equal; a second store of the same id replaces it. */
  @Test
  default void a_stored_catalogue_reads_back_equal_and_replaces_by_id() {
    Storage storage = newStorage();
    PartnerStructure centre = structure(1);
    PartnerService service = service(1, 1, "Atelier parents-enfants", "Jeux et goûters", Set.of(Theme.PARENTING_SUPPORT),
        Set.of(Audience.FAMILLES), Set.of(ZONES.get(0)), ServiceStatus.EN_COURS);

    storage.inTransaction(r -> {
      r.partnerCatalogue().store(List.of(centre), List.of(service));
      return null;
    });
    PartnerService ended = service.withStatus(ServiceStatus.TERMINEE);
    storage.inTransaction(r -> {
      r.partnerCatalogue().store(List.of(), List.of(ended));
      return null;
    });

    Optional<PartnerStructure> structure = storage.read(r -> r.partnerCatalogue().structure(centre.id()));
    Optional<PartnerService> stored = storage.read(r -> r.partnerCatalogue().service(service.id()));
    long count = storage.read(r -> r.partnerCatalogue().serviceCount());
    List<PartnerService> running = storage.read(
        r -> r.partnerCatalogue().search(ServiceQuery.all().withStatuses(ServiceStatus.EN_COURS)));
    assertThat(structure).contains(centre);
    assertThat(stored).contains(ended);
    assertThat(count).isEqualTo(1L);
    assertThat(running).isEmpty();
  }

  /** A service of an unknown structure: {@code DANGLING_REFERENCE}, and the structure of the batch is not stored. */
  @Test
  default void a_service_of_an_unknown_structure_is_refused_and_nothing_is_stored() {
    Storage storage = newStorage();
    PartnerService orphan = service(1, 7, "Atelier", "Jeux", Set.of(), Set.of(), Set.of(), ServiceStatus.EN_COURS);

    Throwable thrown = catchThrowable(() -> storage.inTransaction(r -> {
      r.partnerCatalogue().store(List.of(structure(1)), List.of(orphan));
      return null;
    }));

    assertThat(thrown).isInstanceOf(LiensException.class);
    assertThat(((LiensException) thrown).code()).isEqualTo(ErrorCode.DANGLING_REFERENCE);
    Optional<PartnerStructure> structure = storage.read(r -> r.partnerCatalogue().structure(structure(1).id()));
    long count = storage.read(r -> r.partnerCatalogue().serviceCount());
    assertThat(structure).isEmpty();
    assertThat(count).isZero();
  }

  /**
   * Every search equals the brute-force filter.
   *
   * @param services a generated catalogue
   * @param queries generated searches
   */
  @Property(tries = 60)
  @Label("search: every search equals the brute-force filter and order over every stored service")
  default void search_equals_brute_force(@ForAll("catalogues") List<PartnerService> services,
      @ForAll("queries") List<ServiceQuery> queries) {
    Storage storage = newStorage();
    List<PartnerStructure> structures = List.of(structure(0), structure(1), structure(2));
    storage.inTransaction(r -> {
      r.partnerCatalogue().store(structures, services);
      return null;
    });
    List<SearchEntry> all = services.stream().map(SearchEntry::of).toList();

    for (ServiceQuery query : queries) {
      List<PartnerService> expected = query.select(all);
      List<PartnerService> found = storage.read(r -> r.partnerCatalogue().search(query));
      assertThat(found).isEqualTo(expected);
      Statistics.label("found").collect(expected.isEmpty() ? "none" : expected.size() < 5 ? "few" : "many");
    }
  }

  /**
   * A search after a second import (which replaces services by id) and after an import rolled back (which searched
   * inside its transaction first) equals the brute-force filter over what is stored: an adapter that keeps an index
   * between searches forgets it on every change, undo included.
   *
   * @param first a generated catalogue
   * @param second another, whose services replace the first's of the same number
   * @param queries generated searches
   */
  @Property(tries = 30)
  @Label("search: after a second import and a rolled-back one, every search equals the brute-force filter")
  default void search_after_changes_equals_brute_force(@ForAll("catalogues") List<PartnerService> first,
      @ForAll("catalogues") List<PartnerService> second, @ForAll("queries") List<ServiceQuery> queries) {
    Storage storage = newStorage();
    List<PartnerStructure> structures = List.of(structure(0), structure(1), structure(2));
    storage.inTransaction(r -> {
      r.partnerCatalogue().store(structures, first);
      return null;
    });
    queries.forEach(q -> storage.read(r -> r.partnerCatalogue().search(q)));
    storage.inTransaction(r -> {
      r.partnerCatalogue().store(List.of(), second);
      return null;
    });
    PartnerService orphan = service(99, 0, "Atelier zzz", "Jeux", Set.of(), Set.of(), Set.of(), ServiceStatus.EN_COURS);
    PartnerService dangling = new PartnerService(PartnerServiceId.fromSource("tck", "v98"),
        PartnerStructure.of("tck", "nowhere", "Nulle part", DAY).id(), "tck", "v98", "Atelier", "Jeux", Set.of(),
        Set.of(), Set.of(), Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), ServiceStatus.EN_COURS, DAY);
    catchThrowable(() -> storage.inTransaction(r -> {
      r.partnerCatalogue().store(List.of(), List.of(orphan));
      queries.forEach(q -> r.partnerCatalogue().search(q));
      r.partnerCatalogue().store(List.of(), List.of(dangling));
      return null;
    }));
    Map<PartnerServiceId, PartnerService> stored = new LinkedHashMap<>();
    first.forEach(x -> stored.put(x.id(), x));
    second.forEach(x -> stored.put(x.id(), x));
    List<SearchEntry> all = stored.values().stream().map(SearchEntry::of).toList();

    for (ServiceQuery query : queries) {
      List<PartnerService> found = storage.read(r -> r.partnerCatalogue().search(query));
      assertThat(found).isEqualTo(query.select(all));
    }
  }

  /** A service of the generated catalogues. */
  private static PartnerService service(int n, int structure, String name, String description, Set<Theme> themes,
      Set<Audience> audiences, Set<ZoneCode> zone, ServiceStatus status) {
    return new PartnerService(PartnerServiceId.fromSource("tck", "v" + n), structure(structure).id(), "tck", "v" + n,
        name, description, themes, audiences, Set.of(), Optional.empty(), Set.of(), zone, Set.of(), Set.of(), status,
        DAY);
  }

  /**
   * Up to 40 services over three structures, with a few themes, publics, zones and words.
   *
   * @return the generated catalogues
   */
  @Provide
  default Arbitrary<List<PartnerService>> catalogues() {
    Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
    Arbitrary<PartnerService> one = Combinators.combine(Arbitraries.integers().between(0, 2), text, text,
        Arbitraries.of(THEMES).set().ofMaxSize(2), Arbitraries.of(Audience.FAMILLES, Audience.JEUNES,
            Audience.PERSONNES_EN_SITUATION_DE_HANDICAP).set().ofMaxSize(2), Arbitraries.of(ZONES).set().ofMaxSize(2),
        Arbitraries.of(ServiceStatus.class)).as((s, name, description, themes, audiences, zone, status) ->
            service(0, s, name, description, themes, audiences, zone, status));
    return one.list().ofMinSize(5).ofMaxSize(40).map(list -> {
      List<PartnerService> numbered = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        PartnerService s = list.get(i);
        numbered.add(service(i, structureNumber(s), s.name(), s.description(), s.themes(), s.audiences(), s.zone(),
            s.status()));
      }
      return numbered;
    });
  }

  private static int structureNumber(PartnerService s) {
    for (int i = 0; i < 3; i++) {
      if (structure(i).id().equals(s.structure())) {
        return i;
      }
    }
    throw new IllegalStateException("not a generated structure");
  }

  /**
   * A few searches, each with any mix of criteria and a small limit now and then.
   *
   * @return the generated searches
   */
  @Provide
  default Arbitrary<List<ServiceQuery>> queries() {
    Arbitrary<ServiceQuery> one = Combinators.combine(Arbitraries.of(THEMES).set().ofMaxSize(2),
        Arbitraries.of(Audience.FAMILLES, Audience.JEUNES).set().ofMaxSize(1), Arbitraries.of(ZONES).set().ofMaxSize(3),
        Arbitraries.of("", "parent", "atel", "CHÂTAIGNE", "ecou", "lien jardin", "zzz").list().ofMaxSize(1),
        Arbitraries.of(ServiceStatus.class).set().ofMaxSize(1), Arbitraries.of(3, 20, 1000))
        .as(ServiceQuery::new);
    return one.list().ofMinSize(1).ofMaxSize(6);
  }
}
