/**
 * What is due (issue 14): the list a coordinator or an educator organises the week with — planned home visits behind
 * schedule or coming, DIA not written in time, action reports due at the end of a period, referrals near their
 * deadline, agreements about to run out of places. A pure query: the library never sends a reminder, the host decides
 * how to remind.
 */
package org.liens.agenda;
