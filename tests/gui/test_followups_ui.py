"""Follow-up letters from the review step, offered only when they make sense."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pypdf import PdfReader

from complaintkit.documents.followup import FollowUpKind
from complaintkit.domain import SendMethod
from complaintkit.flow import StepId
from tests.gui.wizard_helpers import click, go


def test_follow_ups_appear_once_sent_and_the_reminder_is_written(qtbot, window, store):
    shown = window("en")
    shown.open_demo()
    review = go(shown, StepId.REVIEW)
    panel = shown.editor.followups
    assert not panel.isVisibleTo(review)  # nothing to follow up before it was sent
    delivery = shown.editor.delivery
    sent = datetime.now(UTC) - timedelta(days=20)
    delivery.record(SendMethod.EMAIL, sent, "complaints@northgate-markets.example")
    assert panel.isVisibleTo(review)
    reminder = panel.buttons[FollowUpKind.REMINDER]
    assert reminder.isEnabled()
    cover = panel.buttons[FollowUpKind.COVER_NOTE]
    if not cover.isEnabled():
        assert panel.reasons[FollowUpKind.COVER_NOTE].text()  # says when, or why not
    opened: list[str] = []
    delivery.open_url = lambda url: opened.append(url.toLocalFile()) or True
    review.ensureWidgetVisible(reminder)
    click(qtbot, reminder)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened[0].endswith("reminder.pdf")
    text = "".join(page.extract_text() for page in PdfReader(opened[0]).pages)
    assert "Northgate Markets Ltd" in text
    assert "Written:" in panel.message.text()
