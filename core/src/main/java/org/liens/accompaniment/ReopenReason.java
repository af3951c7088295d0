package org.liens.accompaniment;

/**
 * Why a coordinator reopens a closed accompaniment (issue 14): a code, kept in its history ({@code HistoryEntry
 * reason}), never free text, so the history holds no personal data.
 */
public enum ReopenReason {
  /** The accompaniment was closed by mistake (wrong file, wrong date). */
  CLOSED_IN_ERROR,
  /** The family asked to go on soon after the end. */
  FAMILY_ASKED_AGAIN,
  /** A new event in the family calls for the same accompaniment again. */
  NEW_EVENT,
  /** The prescriber or the funder asked to go on. */
  PRESCRIBER_REQUEST,
  /** Another reason, written down by the host where it keeps its notes. */
  OTHER
}
