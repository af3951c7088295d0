package org.liens.storage;

import java.util.List;
import java.util.Optional;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.PartnerStructure;
import org.liens.partner.PartnerStructureId;
import org.liens.partner.ServiceQuery;
import org.liens.shared.ErrorCode;

/**
 * The partner-service catalogue (issue 16): data·inclusion structures and services, public information. Entries are
 * replaced whole by id (an import of the same source again updates them); nothing is versioned.
 */
public interface PartnerCatalogue {

  /**
   * Stores these structures and services, replacing those of the same ids, all in the caller's transaction. A
   * service's structure must be among {@code structures} or already stored, otherwise the failure is
   * {@link ErrorCode#DANGLING_REFERENCE} ("no partner structure &lt;id&gt;") and the transaction rolls back.
   *
   * @param structures the structures, each id once
   * @param services the services, each id once
   */
  void store(List<PartnerStructure> structures, List<PartnerService> services);

  /**
   * {@return the structure with this id, if stored}
   *
   * @param id a structure id
   */
  Optional<PartnerStructure> structure(PartnerStructureId id);

  /**
   * {@return the service with this id, if stored}
   *
   * @param id a service id
   */
  Optional<PartnerService> service(PartnerServiceId id);

  /**
   * {@return the services {@code query} finds, in its order: exactly {@code query.select(every stored service)}}
   *
   * @param query the search
   */
  List<PartnerService> search(ServiceQuery query);

  /** {@return how many services are stored} */
  long serviceCount();
}
