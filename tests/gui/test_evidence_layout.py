"""Typing a caption does not move the thumbnails under the user's eyes."""

from __future__ import annotations

from complaintkit.flow import StepId
from tests.gui.wizard_helpers import go


def test_thumbnails_stay_put_while_a_caption_is_typed(qtbot, window, store) -> None:
    shown = window("en")
    shown.open_demo()
    page = go(shown, StepId.EVIDENCE)
    page.items.setCurrentRow(0)
    qtbot.wait(50)
    before = [page.items.visualItemRect(page.items.item(i)) for i in range(page.items.count())]
    page.caption.setFocus()
    page.caption.end(False)
    qtbot.keyClicks(page.caption, " with the order ticket and the time the error appeared" * 3)
    qtbot.wait(50)
    after = [page.items.visualItemRect(page.items.item(i)) for i in range(page.items.count())]
    assert after == before
