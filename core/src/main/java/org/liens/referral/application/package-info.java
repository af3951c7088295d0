/**
 * The coordinator's referral desk (R7, R8): receive, record consent, assess, decide
 * eligibility, then validate (opening the accompaniment, and taking a place of the funding agreement, R10) or reject.
 */
package org.liens.referral.application;
