"""Child processes die with their parent, even when the parent is killed with SIGKILL.

spaCy parses big batches in worker processes (``nlp.pipe(n_process=2)``, forked by multiprocessing).
A parent killed with ``kill -9`` runs no cleanup, so its workers were left behind, re-parented to PID 1,
holding ~130 MB each. Every child forked from this process now starts a watchdog thread that ends the
child as soon as its parent is gone (its parent PID changes). Processes started with ``subprocess``
exec a new program and are not affected.
"""

from __future__ import annotations

import os
import threading
import time

POLL_S = 0.2
_installed = False
_lock = threading.Lock()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_S)
    os._exit(1)


def _after_fork_in_child() -> None:
    parent = os.getppid()
    threading.Thread(target=_watch, args=(parent,), name="die-with-parent", daemon=True).start()


def die_with_parent() -> None:
    """From now on, every process forked from this one exits when this one dies (idempotent)."""
    global _installed
    with _lock:
        if _installed or not hasattr(os, "register_at_fork"):
            return
        os.register_at_fork(after_in_child=_after_fork_in_child)
        _installed = True
