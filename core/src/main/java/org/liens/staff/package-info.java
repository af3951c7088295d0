/**
 * The staff of the organisation that runs the offers: educators, the positive-psychopedagogy practitioner (R5) and
 * coordinators, each known by a {@link org.liens.staff.StaffId}. Teams of accompaniments hold staff ids.
 */
package org.liens.staff;
