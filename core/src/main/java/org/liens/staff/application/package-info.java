/**
 * The staff use cases: register a staff member, change its roles and activity ({@link
 * org.liens.staff.application.StaffService}), and the checks other services make against the registry ({@link
 * org.liens.staff.application.StaffDirectory}).
 */
package org.liens.staff.application;
