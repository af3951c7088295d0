/**
 * The household use cases: register a family and keep its profile up to date, on behalf
 * of an actor. The data kept feeds the eligibility rules (R1, R9) and the published figures (R11).
 */
package org.liens.household.application;
