package org.liens.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.liens.json.DataInclusionJson;
import org.liens.partner.Audience;
import org.liens.partner.PartnerImport;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.PartnerStructure;
import org.liens.partner.SearchEntry;
import org.liens.partner.ServiceQuery;
import org.liens.partner.ServiceStatus;
import org.liens.partner.Territories;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The partner catalogue at the size of the national data·inclusion export (issue 16: about 140 000 services):
 * importing the generated JSON files into a fresh in-memory storage, and searches as an educator runs them (a theme
 * near a commune, keywords, a public and a status) against the index, next to the brute-force filter of the same
 * searches over every service as the baseline. The searches are sampled, so JMH reports their 95th percentile.
 */
public class PartnerCatalogueBenchmark extends BenchmarkSettings {
  @Param({"140000"})
  public int services;

  String structuresJson;
  String servicesJson;
  Storage storage;
  List<SearchEntry> all;
  final List<ServiceQuery> queries = new ArrayList<>();
  int next;

  /** The generated catalogue: 1 structure per 10 services, themes, publics, zones and words drawn from small pools. */
  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(16);
    List<Theme> themes = List.of(Theme.PARENTING_SUPPORT, Theme.DISABILITY_CARE, Theme.SELF_CONFIDENCE,
        Theme.of("famille--garde-denfants"), Theme.of("remobilisation--lien-social"), Theme.of("numerique"),
        Theme.of("mobilite--louer-un-vehicule"), Theme.of("sante--acces-aux-soins"),
        Theme.of("logement-hebergement--etre-accompagne-pour-se-loger"), Theme.of("trouver-un-emploi"));
    String[] words = {"atelier", "parents", "enfants", "accueil", "écoute", "jardin", "cuisine", "numérique",
        "mobilité", "logement", "emploi", "santé", "aidants", "école", "sport", "culture", "droits", "budget"};
    List<PartnerStructure> structures = new ArrayList<>();
    List<PartnerService> list = new ArrayList<>(services);
    for (int i = 0; i < services; i++) {
      if (i % 10 == 0) {
        structures.add(PartnerStructure.of("bench", "s" + i / 10, "Structure " + i / 10, DAY));
      }
      int departement = 1 + random.nextInt(95);
      String dep = departement == 20 ? "2A" : String.format("%02d", departement);
      ZoneCode zone = switch (random.nextInt(3)) {
        case 0 -> ZoneCode.of(dep);
        case 1 -> ZoneCode.of((dep.equals("2A") ? "2A" : dep) + String.format("%03d", 1 + random.nextInt(300)));
        default -> ZoneCode.of(String.format("2%08d", random.nextInt(1_300)));
      };
      String name = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " " + i;
      String description = "Service " + i + " : " + words[random.nextInt(words.length)] + ", "
          + words[random.nextInt(words.length)] + " et " + words[random.nextInt(words.length)] + " pour tous.";
      list.add(new PartnerService(PartnerServiceId.fromSource("bench", "v" + i), structures.get(i / 10).id(),
          "bench", "v" + i, name, description, Set.of(themes.get(random.nextInt(themes.size()))),
          random.nextInt(3) == 0 ? Set.of() : Set.of(Audience.values()[random.nextInt(Audience.values().length)]),
          Set.of(), Optional.empty(), Set.of(), Set.of(zone), Set.of(), Set.of(), ServiceStatus.EN_COURS, DAY));
    }
    structuresJson = DataInclusionJson.writeStructures(structures);
    servicesJson = DataInclusionJson.writeServices(list, structures);
    storage = importCatalogue();
    all = list.stream().map(SearchEntry::of).toList();
    Territories none = Territories.none();
    for (int q = 0; q < 64; q++) {
      String commune = String.format("%02d%03d", 1 + random.nextInt(19), 1 + random.nextInt(300));
      queries.add(switch (q % 4) {
        case 0 -> ServiceQuery.all().withThemes(themes.get(q % themes.size())).near(ZoneCode.of(commune), none);
        case 1 -> ServiceQuery.all().withKeywords(words[q % words.length].substring(0, 4));
        case 2 -> ServiceQuery.all().withAudiences(Audience.FAMILLES).withThemes(Theme.of("famille"))
            .withStatuses(ServiceStatus.EN_COURS);
        default -> ServiceQuery.all().withThemes(Theme.PARENTING_SUPPORT).withKeywords("atelier parents")
            .near(ZoneCode.of(commune), none);
      });
    }
  }

  /** Reads the data·inclusion JSON files and stores them in one transaction of a fresh in-memory storage. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public Storage importCatalogue() {
    PartnerImport read = DataInclusionJson.read(structuresJson, servicesJson);
    Storage fresh = new InMemoryStorage();
    fresh.inTransaction(r -> {
      r.partnerCatalogue().store(read.structures(), read.services());
      return null;
    });
    return fresh;
  }

  /**
   * The import and the first search after it, which builds the in-memory adapter's search index: what a host waits
   * for before the first answer on a freshly imported catalogue.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public List<PartnerService> importThenSearch() {
    Storage fresh = importCatalogue();
    return fresh.read(r -> r.partnerCatalogue().search(queries.get(0)));
  }

  /** One search of the mix through the in-memory adapter's indexes, sampled for its percentiles. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public List<PartnerService> search() {
    ServiceQuery query = queries.get(next++ & 63);
    return storage.read(r -> r.partnerCatalogue().search(query));
  }

  /**
   * The baseline: the same searches as a filter over an array list of every service, then the top of the matches
   * by relevance ({@link ServiceQuery#select}, the rule every adapter must answer like).
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public List<PartnerService> searchByScanning() {
    return queries.get(next++ & 63).select(all);
  }
}
