/**
 * The families: the {@code Household} aggregate and its profile (parents, children with their school
 * grade, family caregivers and the persons they care for, with conditions that are health data). It holds the fields
 * the published figures need (R11: single parent, employment situation, poverty line) and the facts eligibility reads
 * (R1 MAPA caregivers, R9 children from CP). Names are attributes, never identities, and never reach a log.
 */
package org.liens.household;
