package org.liens.storage.memory;

import java.util.ArrayDeque;
import java.util.Deque;

/** The undo log of one transaction: every write registers how to revert it; rollback runs them newest first. */
final class Journal {
  private final Deque<Runnable> undo = new ArrayDeque<>();

  void onRollback(Runnable revert) {
    undo.push(revert);
  }

  void rollback() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }
}
