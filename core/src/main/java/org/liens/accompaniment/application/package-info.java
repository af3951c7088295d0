/**
 * The accompaniment use cases after validation (R2, R4–R6, R8), and the active
 * caseload ("file active", R8) with one view per viewer: the prescriber's view lists only the open accompaniments it referred.
 */
package org.liens.accompaniment.application;
