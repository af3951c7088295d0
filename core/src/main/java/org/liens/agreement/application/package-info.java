/**
 * The funding-agreement use cases (R10): conclude an agreement, read its remaining places
 * and budget, release a place; and the step of a referral's validation that takes a place.
 */
package org.liens.agreement.application;
