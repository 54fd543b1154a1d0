"""Checks that the installed Qt binding is safe to run on this Python.

PySide6 6.12.0 on CPython 3.11 drops one reference to `None` on every wrapped
call that returns nothing; after a few thousand calls (about 900 typed
characters in the wizard) the interpreter aborts with `none_dealloc`. The
dependency bounds keep 3.11 on Qt 6.11 and installers are built on 3.12+, where
`None` is immortal; the self-test runs this check so that a build which
somehow got the faulty pairing fails before any user sees it.
"""

from __future__ import annotations

import sys


def none_references_lost(calls: int = 10_000) -> int:
    """How many references to None `calls` void Qt calls lose (0 when healthy)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    lost = 0
    for done in range(0, calls, 100):
        for _ in range(min(100, calls - done)):
            probe.setObjectName("probe")
        lost = max(0, before - sys.getrefcount(None))
        # Stop while None is still alive: the faulty pairing would abort the process
        # long before 10,000 calls, and the self-test should report, not crash.
        if lost >= 100:
            break
    return lost
