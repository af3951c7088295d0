/**
 * The documents of an accompaniment (R8): the DIA ({@code SupportPlan}), written with the family in the
 * name of the requesting parents or caregivers, the E.M.T map ({@code EmtMap}), and the action report
 * ({@code ActionReport}) sent to the parents with a copy to the prescriber and the funder, with the contacts done
 * against their targets (R4). Their content is personal data: it stays on the accompaniment and out of events.
 */
package org.liens.document;
