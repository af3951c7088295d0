/**
 * The workshop use cases (R3, R9): quote an order, accept or decline it, and run the series:
 * enrol children in groups of at most six and record the sessions held.
 */
package org.liens.workshop.application;
