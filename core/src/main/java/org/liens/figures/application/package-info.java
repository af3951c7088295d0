/**
 * The figures service ({@code Liens#figures()}): reports narrowed and suppressed by who asks, as known on a date, and
 * the diff between two knowledge dates (issue 12).
 */
package org.liens.figures.application;
