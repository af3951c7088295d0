/**
 * Partner organisations (R12): the prescribers and funders (département, CCAS, CAF, CPAM, MSA, CPTS,
 * medico-social establishments, schools…) that referrals, agreements and invoices refer to, with the name, SIREN and
 * address invoices print (DESIGN §6).
 */
package org.liens.organisation;
