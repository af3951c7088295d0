package org.liens.staff;

import org.liens.event.EventPayload;

/**
 * What can happen to a {@link StaffMember}: the one list of its event payloads, read by the JSON registry
 * ({@code org.liens.json}) through {@link Class#getPermittedSubclasses()}. Payloads hold ids, roles and dates only.
 */
public sealed interface StaffMemberEvent extends EventPayload
    permits StaffMemberRegistered,
    StaffRolesChanged,
    StaffActivityChanged {}
