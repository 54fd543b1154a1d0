"""Issue 20 through the real widgets: the bot box and its hint, the channel advice per
category, the support record updating as contacts are typed, the firm's stages and
its offer, and the firm's-notice hint on the evidence step."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt

from complaintkit.domain import ContactChannel, ProblemCategory
from complaintkit.domain.enums import EvidenceKind, FirmStage, OfferDecision
from complaintkit.flow import StepId
from tests.gui.wizard_helpers import go


def _saved(window, store):
    window.editor.autosaver.flush()
    return store.load(window.editor.case.id)


def test_a_bot_contact_is_marked_and_the_record_says_no_person_was_reached(
    qtbot, window, store
) -> None:
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.CONTACTS)
    page.add_button.click()
    page.channel.setCurrentIndex(list(ContactChannel).index(ContactChannel.LIVE_CHAT))
    qtbot.keyClicks(page.summary, "Only a help article came back")
    bot = page.bot
    hint = page.bot_hint
    assert not hint.isVisible()
    qtbot.mouseClick(bot, Qt.MouseButton.LeftButton)
    assert bot.isChecked() and hint.isVisible()
    assert "human agent" in hint.text()
    assert _saved(shown, store).contacts[0].with_bot is True
    page.add_button.click()  # a new contact: not a bot, no hint; back to the first: hint
    assert not bot.isChecked() and not hint.isVisible()
    page.timeline.setCurrentCell(0, 0)
    assert bot.isChecked() and hint.isVisible()
    page.timeline.setCurrentCell(1, 0)
    page.remove_button.click()
    summary = page.support.summary.lines.text()
    assert "1 contact(s) recorded" in summary
    assert "You never reached a person: only an automated assistant answered." in summary


def test_channel_advice_follows_the_problem_chosen(qtbot, window) -> None:
    shown = window("en")
    shown.new_case()
    problem = go(shown, StepId.PROBLEM)
    problem.categories.boxes[ProblemCategory.SECURITY].click()
    page = go(shown, StepId.CONTACTS)
    advice = page.support.advice
    assert advice.isVisible()
    assert advice.advice.text().startswith("Account stolen or activity you did not authorise:")
    problem = go(shown, StepId.PROBLEM)
    problem.categories.boxes[ProblemCategory.SECURITY].click()
    problem.categories.boxes[ProblemCategory.SLOW_SERVER].click()
    page = go(shown, StepId.CONTACTS)
    assert page.support.advice.advice.text().startswith("Slow server or delayed orders: write")


def test_stages_and_offer_are_recorded_and_weighed(qtbot, window, store) -> None:
    shown = window("en")
    shown.new_case()
    page = go(shown, StepId.CONTACTS)
    stages = page.support.stages
    qtbot.mouseClick(stages.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stages.add_button, Qt.MouseButton.LeftButton)
    saved = _saved(shown, store)
    assert [r.stage for r in saved.firm_stages] == [FirmStage.RECEIVED, FirmStage.ACKNOWLEDGED]
    combo = stages.table.cellWidget(1, 0)
    combo.setCurrentIndex(list(FirmStage).index(FirmStage.FINAL_RESPONSE))
    stages.table.item(1, 1).setText("2026-11-20 10:00")
    saved = _saved(shown, store)
    final = saved.firm_stages[1]
    assert final.stage is FirmStage.FINAL_RESPONSE
    assert final.at.astimezone(UTC) == datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # Shanghai
    assert "The firm's stage: Final response (on 20 November 2026)" in (
        page.support.summary.lines.text()
    )
    stages.table.item(1, 1).setText("not a date")
    assert stages.error.isVisible()

    offer = page.support.offer
    assert not offer.weighing.isVisible()
    qtbot.keyClicks(offer.amount.amount, "150")
    offer.amount.currency.setCurrentText("CNY")
    offer.amount.amount.editingFinished.emit()
    qtbot.keyClicks(offer.covers, "fees <b>refunded</b>")
    qtbot.mouseClick(offer.full_and_final, Qt.MouseButton.LeftButton)
    offer.decision.setCurrentIndex(list(OfferDecision).index(OfferDecision.DECLINE))
    saved = _saved(shown, store)
    assert saved.offer is not None
    assert saved.offer.amount is not None and saved.offer.amount.amount == Decimal("150")
    assert saved.offer.covers == "fees <b>refunded</b>"
    assert saved.offer.full_and_final and saved.offer.decision is OfferDecision.DECLINE
    text = offer.weighing.text()
    assert "What it covers, as the firm says: fees <b>refunded</b>" in text
    assert "It is offered in full and final settlement" in text
    assert "You chose to decline it" in text


def test_the_firms_notice_hint_shows_for_that_kind(qtbot, window) -> None:
    shown = window("zh_CN")
    shown.open_demo()
    page = go(shown, StepId.EVIDENCE)
    page.items.setCurrentRow(0)
    hint = page.firm_notice_hint
    assert not hint.isVisible()
    page.kind.setCurrentIndex(list(EvidenceKind).index(EvidenceKind.FIRM_NOTICE))
    assert hint.isVisible()
    assert "状态页" in hint.text()
    assert shown.editor.case.evidence[0].kind is EvidenceKind.FIRM_NOTICE
    page.items.setCurrentRow(1)
    assert not hint.isVisible()
    page.items.setCurrentRow(0)
    assert hint.isVisible()
    contacts = go(shown, StepId.CONTACTS)
    # The demo's record in Chinese, from the same catalog the checklist prints.
    assert "共记录" in contacts.support.summary.lines.text()


def test_the_case_at_a_glance_on_review_goes_to_the_item_clicked(qtbot, window) -> None:
    from complaintkit.ui.steps.contacts import ContactsPage

    for language in ("en", "zh_CN"):
        shown = window(language)
        shown.open_demo()
        review = go(shown, StepId.REVIEW)
        view = review.timeline_view
        qtbot.waitUntil(view.isVisible)
        assert view.chart is not None
        lanes = ("Problem, orders", "Contacts") if language == "en" else ("问题与委托", "联系记录")
        assert view.chart.lanes[:2] == lanes
        qtbot.waitUntil(lambda v=view: v.position_of("contacts.1.summary") is not None)
        point = view.position_of("contacts.1.summary")
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
        page = shown.editor.current_page()
        assert isinstance(page, ContactsPage)
        assert page.timeline.currentRow() == 1
        assert page.summary.hasFocus()
        shown.close()


def test_a_stage_and_the_offer_link_the_firms_letter_as_evidence(qtbot, window, store) -> None:
    from tests.gui.test_evidence_links import tick

    shown = window("en")
    shown.open_demo()
    page = go(shown, StepId.CONTACTS)
    stages = page.support.stages
    qtbot.mouseClick(stages.add_button, Qt.MouseButton.LeftButton)
    email = shown.editor.case.evidence[2].id  # the demo's e-mail from support
    stages.evidence.reveal()
    tick(qtbot, stages.evidence, email)
    saved = _saved(shown, store)
    assert saved.firm_stages[0].evidence_ids == [email]
    offer = page.support.offer
    offer.evidence.reveal()
    tick(qtbot, offer.evidence, email)
    saved = _saved(shown, store)
    assert saved.offer is not None and saved.offer.evidence_ids == [email]
    # The ticks come back when the step is shown again.
    page = go(shown, StepId.REVIEW)
    page = go(shown, StepId.CONTACTS)
    assert page.support.offer.evidence.value() == [email]
    page.support.stages.table.setCurrentCell(0, 2)
    assert page.support.stages.evidence.value() == [email]


def test_removing_evidence_a_stage_cites_keeps_the_case_loading(qtbot, window, store) -> None:
    from tests.gui.test_evidence_links import tick

    shown = window("en")
    shown.open_demo()
    page = go(shown, StepId.CONTACTS)
    qtbot.mouseClick(page.support.stages.add_button, Qt.MouseButton.LeftButton)
    first = shown.editor.case.evidence[0].id
    page.support.stages.evidence.reveal()
    tick(qtbot, page.support.stages.evidence, first)
    assert _saved(shown, store).firm_stages[0].evidence_ids == [first]
    evidence = go(shown, StepId.EVIDENCE)
    evidence.items.setCurrentRow(0)
    evidence.remove_button.click()
    saved = _saved(shown, store)  # loads: no citation of the removed item is left
    assert saved.firm_stages[0].evidence_ids == []
    assert all(item.id != first for item in saved.evidence)


def test_an_offer_waiting_for_an_answer_is_on_review_and_its_link_lands_on_the_answer(
    qtbot, window, store
) -> None:
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    from complaintkit.demo import DEMO_NOW, install_demo
    from complaintkit.domain.models import FirmOffer
    from complaintkit.flow import StepId
    from tests.gui.wizard_helpers import go

    case = install_demo(store, "en")
    case.offer = FirmOffer(
        received_at=DEMO_NOW - timedelta(days=2), answer_by=DEMO_NOW + timedelta(days=5)
    )
    store.save(case)
    shown = window("en")
    shown._now = lambda: DEMO_NOW
    shown.open_case(case.id)
    review = go(shown, StepId.REVIEW)
    assert any("waiting for your answer" in text for _step, text in review.findings_shown())
    shown.editor.show_finding("contacts", "offer.decision")
    contacts = shown.editor.pages[StepId.CONTACTS]
    assert QApplication.focusWidget() is contacts.support.offer.decision
