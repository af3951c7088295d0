/**
 * The published figures (R11, issue 12): the activity report funders ask for. Storage adapters keep the
 * {@code FileFact}s and {@code HouseholdFact}s of every change in recorded time and compute the {@code FigureCounts} of
 * a {@code FigureQuery} where the data lives; {@code FigureReports} turns them into a {@code FiguresReport} with
 * small-cell and complementary suppression ({@code Suppression}), shares, medians and percentiles
 * ({@code Distributions}) and a fingerprint; {@code FiguresDiff} says what changed between two knowledge dates. No
 * personal data: ids stay in the facts, a report holds counts, shares and days only.
 */
package org.liens.figures;
