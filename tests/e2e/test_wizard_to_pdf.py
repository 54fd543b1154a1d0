"""A whole case, from "New case" to the generated PDFs, through the real widgets, both languages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from complaintkit.domain import ProblemCategory, RemedyKind
from complaintkit.flow import StepId
from tests.gui.wizard_helpers import drop_files, go, png_bytes, screenshot_png

FACTS = {
    "en": {
        "name": "Emily Carter",
        "platform": "Harbour Crypto Exchange",
        "narrative": "My withdrawal of 2,400 USDT has shown Processing since 3 November.",
        "error": "Error W-17: withdrawal under review",
        "summary": "Agent said the finance team would release it",
    },
    "zh_CN": {
        "name": "王小明",
        "platform": "海港数字资产交易所",
        "narrative": "我于11月3日申请提取2400 USDT，至今仍显示处理中。",
        "error": "错误 W-17：提币审核中",
        "summary": "客服称财务部门会尽快放行",
    },
}


def _text(pdf) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_new_case_to_letter_and_checklist(qtbot, window, store, tmp_path, language) -> None:
    facts = FACTS[language]
    shown = window(language)
    shown.new_button.click()
    editor = shown.editor

    platform = editor.current_page()
    platform.name.setText(facts["platform"])
    platform.account.setText("HCX-889120")
    platform.complaint_email.setText("complaints@harbour.example")
    platform.jurisdiction.set_value("SG")
    qtbot.mouseClick(
        editor.next_step, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton
    )
    assert editor.current_step() is StepId.CLAIMANT
    claimant = editor.current_page()
    claimant.full_name.setText(facts["name"])
    qtbot.keyClicks(claimant.email, "emily@example.com")

    problem = go(shown, StepId.PROBLEM)
    problem.categories.boxes[ProblemCategory.WITHDRAWAL].click()
    problem.withdrawal_requested.set_value(
        datetime(2026, 11, 3, 10, 12, tzinfo=ZoneInfo("Asia/Singapore"))
    )
    problem.withdrawal_amount.amount.setText("2400")
    problem.withdrawal_amount.currency.setCurrentText("USDT")
    problem.withdrawal_destination.setText("TRC20 wallet TQ9x…4Fz")

    timeline = go(shown, StepId.TIMELINE)
    timeline.timezone.set_value("Asia/Singapore")
    timeline.started.set_value(datetime(2026, 11, 3, 10, 12, tzinfo=ZoneInfo("Asia/Singapore")))
    timeline.ongoing.setChecked(True)
    timeline.narrative.setPlainText(facts["narrative"])
    timeline.errors.setPlainText(facts["error"])

    evidence = go(shown, StepId.EVIDENCE)
    drop_files(evidence.items.viewport(), [screenshot_png(tmp_path / "withdrawal.png")])
    qtbot.waitUntil(lambda: len(editor.case.evidence) == 1, timeout=20_000)
    QApplication.clipboard().setImage(QImage.fromData(png_bytes("status page")))
    evidence.paste_button.click()
    qtbot.waitUntil(lambda: len(editor.case.evidence) == 2, timeout=20_000)
    evidence.caption.setText("Withdrawal status page")
    # What it shows: the problem itself (a click on the row ticks it).
    shows = evidence.shown_in
    where = shows.visualItemRect(shows.item_for("problem")).center()
    qtbot.mouseClick(shows.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert editor.case.problem.evidence_ids == [editor.case.evidence[1].id]

    contacts = go(shown, StepId.CONTACTS)
    contacts.add_button.click()
    contacts.reference.setText("HCX-TK-4410")
    contacts.summary.setPlainText(facts["summary"])

    remedy = go(shown, StepId.REMEDY)
    remedy.kinds.boxes[RemedyKind.PROCESS_WITHDRAWAL].click()
    remedy.kinds.boxes[RemedyKind.COMPENSATION].click()
    remedy.compensation.amount.setText("2400")
    remedy.compensation.currency.setCurrentText("USDT")

    review = go(shown, StepId.REVIEW)
    review.letter_language.set_value(__import__("complaintkit.domain").domain.Language(language))
    review.generate_button.click()
    qtbot.waitUntil(lambda: review.files is not None, timeout=60_000)
    assert str(review.files.letter_pdf.parent) in review.result.text()

    editor.autosaver.flush()
    saved = store.load(editor.case.id)
    assert saved.platform.name == facts["platform"]
    assert saved.claimant.full_name == facts["name"]
    assert saved.problem.withdrawal.amount.currency == "USDT"
    assert len(saved.evidence) == 2 and saved.contacts[0].reference == "HCX-TK-4410"

    letter = _flat(_text(review.files.letter_pdf))
    for fact in (
        facts["name"],
        facts["platform"],
        facts["narrative"],
        facts["error"],
        facts["summary"],
        "HCX-TK-4410",
        "emily@example.com",
        "2,400.00USDT",
    ):
        assert _flat(fact) in letter, fact
    assert "Withdrawalstatuspage" in letter
    checklist = _flat(_text(review.files.checklist_pdf))
    assert _flat(facts["platform"]) in checklist or saved.reference in checklist
