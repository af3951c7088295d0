/**
 * ARCS group workshops (R3, R9): the {@code Quote} an institution orders, priced from the group model
 * with children split into groups of at most six and travel quoted apart, and the {@code WorkshopSeries} an accepted
 * quote becomes, with the children enrolled in each group (from CP, R9) and the sessions held.
 */
package org.liens.workshop;
