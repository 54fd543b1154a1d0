"""The scam warning on the platform step, driven through the real widgets, in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from complaintkit.domain import Answer, Chain, PaymentMethod, TrackChoice
from complaintkit.flow import StepId
from complaintkit.locales import lookup
from tests.gui.wizard_helpers import go

TRON_TX = "0d8f3b2c9a7e6d5c4b3a29181706f5e4d3c2b1a09f8e7d6c5b4a392817060504"
NARRATIVE = "My manager on WhatsApp said I must pay a 20% tax before the withdrawal is released."


def _saved(shown, store):
    shown.editor.autosaver.flush()
    return store.load(shown.editor.case.id)


def _scam(language: str, key: str) -> str:
    return str(lookup(language, "scam", key))


def _signal_text(panel, code: str) -> str:
    label = panel.findChild(QLabel, f"signal_{code}")
    assert label is not None and label.isVisible(), code
    return label.text()


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_a_licensed_broker_sees_only_an_offer_to_check(qtbot, window):
    shown = window("en")
    shown.new_case()
    panel = go(shown, StepId.PLATFORM).scam_panel
    assert panel.open_button.isVisible() and not panel.content.isVisible()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.content.isVisible() and panel.paid_by.isVisible()


def test_the_warning_shows_its_reasons_in_both_languages(qtbot, window, store):
    shown = window("en")
    shown.new_case()
    timeline = go(shown, StepId.TIMELINE)
    qtbot.keyClicks(timeline.narrative, NARRATIVE)
    panel = go(shown, StepId.PLATFORM).scam_panel
    assert panel.content.isVisible()
    assert panel.headline.text() == _scam("en", "level.likely")
    reason = _signal_text(panel, "pay_to_unlock")
    assert _scam("en", "signals.pay_to_unlock") in reason and NARRATIVE in reason
    assert _scam("en", "truths.recovery_room") in panel.truths.text()
    shown.set_language("zh_CN")
    assert panel.headline.text() == _scam("zh_CN", "level.likely")
    reason = _signal_text(panel, "pay_to_unlock")
    assert _scam("zh_CN", "signals.pay_to_unlock") in reason and NARRATIVE in reason
    assert _scam("zh_CN", "truths.never_pay") in panel.truths.text()
    assert panel.title() == "平台本身是否就是问题？"


def test_the_user_corrects_a_sign_and_the_assessment(qtbot, window, store):
    shown = window("en")
    shown.new_case()
    qtbot.keyClicks(go(shown, StepId.TIMELINE).narrative, NARRATIVE)
    panel = go(shown, StepId.PLATFORM).scam_panel
    dismiss = panel.findChild(QPushButton, "dismiss_messenger_only")
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert (
        panel.findChild(QLabel, "signal_messenger_only") is None
        or not panel.findChild(QLabel, "signal_messenger_only").isVisible()
    )
    assert _saved(shown, store).scam.dismissed_signals == ["messenger_only"]
    _choose(panel.track, TrackChoice.LICENSED)
    assert panel.headline.text() == _scam("en", "level.corrected_licensed")
    assert _saved(shown, store).scam.track is TrackChoice.LICENSED
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert _saved(shown, store).scam.dismissed_signals == []


def test_the_plain_questions_are_saved(qtbot, window, store):
    shown = window("en")
    shown.new_case()
    panel = go(shown, StepId.PLATFORM).scam_panel
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    panel.paid_by.boxes[PaymentMethod.CARD].click()
    _choose(panel.asked_to_pay, Answer.YES)
    _choose(panel.licence_known, Answer.NOT_SURE)
    _choose(panel.home_country, "HK")
    qtbot.keyClicks(panel.address_as_seen, "https://app.new-site.example")
    saved = _saved(shown, store)
    assert saved.scam.paid_by == [PaymentMethod.CARD]
    assert (saved.scam.asked_to_pay, saved.scam.licence_known) == (Answer.YES, Answer.NOT_SURE)
    assert saved.scam.home_country == "HK"
    assert saved.platform.address_as_seen == "https://app.new-site.example"
    # The answer alone is a strong sign: the warning appears.
    assert panel.headline.text() == _scam("en", "level.likely")


def test_a_payment_with_a_malformed_hash_is_explained_and_not_saved(qtbot, window, store):
    shown = window("en")
    shown.new_case()
    panel = go(shown, StepId.PLATFORM).scam_panel
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    editor = panel.transfers
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    _choose(editor.method, PaymentMethod.CRYPTO)
    _choose(editor.chain, Chain.TRON.value)
    qtbot.keyClicks(editor.tx_hash, "0x" + TRON_TX)
    error = editor.bindings[[b.name for b in editor.bindings].index("tx_hash")].error
    assert error.isVisible() and "TRON" in error.text()
    assert _saved(shown, store).transfers[0].tx_hash == ""
    editor.tx_hash.clear()
    qtbot.keyClicks(editor.tx_hash, TRON_TX)
    assert not error.isVisible()
    qtbot.keyClicks(editor.paid_through, "Kraken")
    saved = _saved(shown, store).transfers[0]
    assert (saved.method, saved.chain, saved.tx_hash, saved.paid_through) == (
        PaymentMethod.CRYPTO,
        Chain.TRON,
        TRON_TX,
        "Kraken",
    )
    assert editor.list.count() == 1
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert _saved(shown, store).transfers == [] and editor.list.count() == 0


def test_the_scam_tracks_files_are_listed_with_who_they_are_for(qtbot, window, store):
    from tests.gui.wizard_helpers import click

    shown = window("en")
    shown.scam_demo_action.trigger()
    review = go(shown, StepId.REVIEW)
    click(qtbot, review.generate_button)
    qtbot.waitUntil(lambda: review.files is not None, timeout=120_000)
    text = review.result.text()
    assert "police-report-pack.pdf — for the police or the fraud reporting service" in text
    assert "recovery-1-card-chargeback.pdf — to your card issuer, not the platform" in text
    assert all(path.name in text for path in review.files.extra)
