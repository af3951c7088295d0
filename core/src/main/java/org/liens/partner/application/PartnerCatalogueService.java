package org.liens.partner.application;

import java.util.List;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.internal.Engine;
import org.liens.access.Operation;
import org.liens.partner.PartnerImport;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.ServiceQuery;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.NotFoundException;

/**
 * The partner-service catalogue (issue 16): import structures and services (seed 004 through
 * {@code CentreActionsImporter}, data·inclusion files through {@code DataInclusionJson}), search them. The catalogue is
 * public information: every role may search it; importing is for coordinators, administrators and the system.
 * Obtain it from {@code Liens#partners()}.
 */
public final class PartnerCatalogueService {
  private final Engine engine;

  /**
   * Not API: obtain it from {@code Liens}; the constructor takes internal plumbing and may change.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   */
  public PartnerCatalogueService(Engine engine) {
    this.engine = Checks.required(engine, "engine");
  }

  /**
   * Stores what an importer read, all in one transaction: structures and services replace those of the same ids.
   * An import with issues is refused whole, so that a file is never half-written; a host that accepts to leave the
   * reported records out imports {@code new PartnerImport(structures, services, List.of())}.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param batch the structures and services read
   * @return how many services the catalogue holds afterwards
   * @throws InvalidInputException with {@link ErrorCode#MALFORMED_PARTNER_DATA} if the batch reports an issue
   */
  public long importCatalogue(Actor actor, PartnerImport batch) {
    return engine.write(actor, Operation.PARTNER_IMPORT, work -> {
      work.gate().check(AccessTarget.NONE);
      Checks.required(batch, "batch");
      if (!batch.complete()) {
        throw new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA,
            batch.issues().size() + " record(s) could not be read, the first one at row " + batch.issues().get(0).row());
      }
      work.repositories().partnerCatalogue().store(batch.structures(), batch.services());
      return work.repositories().partnerCatalogue().serviceCount();
    });
  }

  /**
   * {@return the services {@code query} finds, most relevant first ({@link ServiceQuery})}
   *
   * @param actor who acts: any role
   * @param query the search
   */
  public List<PartnerService> search(Actor actor, ServiceQuery query) {
    Checks.required(query, "query");
    return engine.read(actor, Operation.PARTNER_SEARCH, (gate, repositories) -> {
      gate.check(AccessTarget.NONE);
      return repositories.partnerCatalogue().search(query);
    });
  }

  /**
   * {@return the service with this id}
   *
   * @param actor who acts: any role
   * @param id the service
   * @throws NotFoundException if the catalogue has none
   */
  public PartnerService service(Actor actor, PartnerServiceId id) {
    Checks.required(id, "id");
    return engine.read(actor, Operation.PARTNER_SEARCH, (gate, repositories) -> {
      gate.check(AccessTarget.NONE);
      return repositories.partnerCatalogue().service(id)
          .orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND, "no partner service " + id));
    });
  }
}
