"""Every generated set is kept and listed: when, in which language, sent, or out of date."""

from __future__ import annotations

from datetime import UTC, datetime

from complaintkit.domain import Language, SendMethod
from complaintkit.flow import StepId
from tests.gui.wizard_helpers import click, go


def _generate(qtbot, shown) -> None:
    review = shown.editor.review
    before = review.files
    click(qtbot, shown.editor.generate_step)
    qtbot.waitUntil(lambda: review.files is not None and review.files is not before,
                    timeout=90_000)


def test_switching_language_keeps_the_first_letter_and_says_which_was_sent(qtbot, window, store):
    shown = window("en")
    shown.open_demo()
    review = go(shown, StepId.REVIEW)
    _generate(qtbot, shown)
    english = review.files.letter_pdf
    review.letter_language.set_value(Language.ZH_CN)
    _generate(qtbot, shown)
    chinese = review.files.letter_pdf
    assert english.exists() and chinese.exists() and english != chinese
    rows = [review.sets.item(i).text() for i in range(review.sets.count())]
    assert len(rows) == 2
    assert "中文" in rows[0] and "matches the case now" in rows[0]
    assert "English" in rows[1] and "the case has changed since" in rows[1]
    shown.editor.delivery.record(SendMethod.EMAIL, datetime.now(UTC), "x@example.com")
    rows = [review.sets.item(i).text() for i in range(review.sets.count())]
    assert rows[0].endswith("sent")


def test_a_case_reopened_unchanged_needs_no_new_letter(qtbot, window, store) -> None:
    shown = window("en")
    shown.open_demo()
    go(shown, StepId.REVIEW)
    _generate(qtbot, shown)
    made = shown.editor.review.files.letter_pdf
    case_id = shown.editor.case.id
    shown.show_list()
    shown.open_case(case_id)
    review = shown.editor.review
    assert review.files is not None and review.files.letter_pdf == made
    assert review.files_are_current()
