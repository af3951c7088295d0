package org.liens.staff;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.liens.organisation.OrganisationId;

/** A staff member became known, with the organisation it works for, its roles and its activity. */
public record StaffMemberRegistered(StaffId staff, OrganisationId organisation, Set<StaffRole> roles,
    LocalDate activeFrom, Optional<LocalDate> activeTo) implements StaffMemberEvent {}
