package org.liens.staff;

import java.util.Set;

/** A staff member's roles changed (an educator trained as a practitioner, a coordinator who also visits). */
public record StaffRolesChanged(StaffId staff, Set<StaffRole> roles) implements StaffMemberEvent {}
