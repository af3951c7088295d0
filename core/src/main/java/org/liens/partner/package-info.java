/**
 * The partner-service catalogue (issue 16, R12, seed 004): the structures (social centres, associations, public
 * services) and the services a family can be oriented to, modelled on the national data·inclusion schema
 * (DESIGN §6: {@code nom}, {@code description}, {@code thematiques}, {@code publics}, {@code types}, {@code frais},
 * {@code modes_accueil}, {@code zone_eligibilite}, {@code mobilisable_par}, {@code date_maj}), with its
 * vocabularies as typed values, and the search a coordinator or an educator runs over it ({@link
 * org.liens.partner.ServiceQuery}). The catalogue is public information, never personal data.
 */
package org.liens.partner;
