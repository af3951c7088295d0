package org.liens.storage.memory;

import java.util.List;
import java.util.Optional;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.PartnerStructure;
import org.liens.partner.PartnerStructureId;
import org.liens.partner.ServiceQuery;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.storage.PartnerCatalogue;

/** The partner catalogue port over the store's {@link PartnerIndex}. */
final class PartnerCatalogueRepository implements PartnerCatalogue {
  private final Session session;
  private final PartnerIndex index;

  PartnerCatalogueRepository(Session session) {
    this.session = session;
    this.index = session.store.partners;
  }

  @Override
  public void store(List<PartnerStructure> structures, List<PartnerService> services) {
    List<PartnerStructure> newStructures = Checks.listOf(structures, "structures");
    List<PartnerService> newServices = Checks.listOf(services, "services");
    Journal journal = session.writable();
    newStructures.forEach(s -> index.putStructure(s, journal));
    for (PartnerService service : newServices) {
      if (index.structure(service.structure().value()) == null) {
        throw new IntegrityViolationException(ErrorCode.DANGLING_REFERENCE,
            "no partner structure " + service.structure());
      }
      index.putService(service, journal);
    }
  }

  @Override
  public Optional<PartnerStructure> structure(PartnerStructureId id) {
    Checks.required(id, "id");
    session.usable();
    return Optional.ofNullable(index.structure(id.value()));
  }

  @Override
  public Optional<PartnerService> service(PartnerServiceId id) {
    Checks.required(id, "id");
    session.usable();
    return Optional.ofNullable(index.service(id.value())).map(e -> e.service());
  }

  @Override
  public List<PartnerService> search(ServiceQuery query) {
    Checks.required(query, "query");
    session.usable();
    return index.search(query);
  }

  @Override
  public long serviceCount() {
    session.usable();
    return index.serviceCount();
  }
}
