"""A user typing a long story into the wizard: the app aborted after ~900 keystrokes when
PySide6 6.12.0 on Python 3.11 lost a reference to None with every void Qt call."""

from __future__ import annotations

import sys

from complaintkit.flow import StepId
from tests.gui.wizard_helpers import go

SENTENCE = "At 09:31 I sold 1,000 shares; the app showed 'submitting' for four minutes. "


def test_five_thousand_typed_characters_are_all_kept(qtbot, window, store) -> None:
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.TIMELINE)
    text = (SENTENCE * 70)[:5_200]
    nones = sys.getrefcount(None)
    page.narrative.setFocus()
    for start in range(0, len(text), 200):
        qtbot.keyClicks(page.narrative, text[start : start + 200])
    # Each keystroke ran the step marks, the title and the autosave timer: thousands of
    # Qt calls that return nothing. None's count must not have been drained by them.
    lost = nones - sys.getrefcount(None)
    assert lost < 50
    assert page.narrative.toPlainText() == text
    shown.editor.autosaver.flush()
    assert store.load(shown.editor.case.id).problem.narrative == text
