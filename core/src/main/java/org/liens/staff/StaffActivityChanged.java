package org.liens.staff;

import java.time.LocalDate;
import java.util.Optional;

/** A staff member's first or last day of activity changed, or its activity ended. */
public record StaffActivityChanged(StaffId staff, LocalDate activeFrom, Optional<LocalDate> activeTo)
    implements StaffMemberEvent {}
