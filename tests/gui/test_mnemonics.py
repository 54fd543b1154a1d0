"""Alt+letter reaches one thing: no two visible labels, buttons or menus on a step share
their underlined letter (Qt then only cycles between them, or does nothing)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from complaintkit.flow import STEP_ORDER
from tests.gui.wizard_helpers import go

# "&x" not "&&": the letter Qt underlines.
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _texts(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in root.findChildren(QWidget):
        # Buttons hidden now may show later (Open the folder, once a letter is made).
        hidden_button = isinstance(widget, QAbstractButton) and not widget.isVisible()
        if not widget.isVisibleTo(root.window()) and not hidden_button:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            continue
        found.append((text, type(widget).__name__))
    return found


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_step_has_one_control_per_alt_letter(window, language: str) -> None:
    shown = window(language)
    shown.open_demo()
    menus = [(action.text(), "menu") for action in shown.menuBar().actions()]
    clashes = {}
    for step in STEP_ORDER:
        page = go(shown, step)
        editor = shown.editor
        bar = [(b.text(), "bar") for b in editor.findChildren(QAbstractButton)
               if b.isVisibleTo(shown) and not page.isAncestorOf(b)]
        letters: dict[str, list[str]] = defaultdict(list)
        for text, kind in [*menus, *bar, *_texts(page)]:
            letter = _mnemonic(text)
            if letter:
                letters[letter].append(f"{kind}: {text}")
        found = {letter: texts for letter, texts in letters.items() if len(texts) > 1}
        if found:
            clashes[step.value] = found
    assert clashes == {}


def test_alt_letters_reach_the_field_and_next_goes_on(qtbot, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from complaintkit.flow import StepId

    shown = window("en")
    shown.open_demo()
    page = go(shown, StepId.PLATFORM)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.name
    qtbot.keyClick(page.name, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shown.editor.current_step() is StepId.CLAIMANT)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_menu_has_one_item_per_letter(window, language: str) -> None:
    shown = window(language)
    clashes = {}
    for menu_action in shown.menuBar().actions():
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu_action.menu().actions():
            letter = _mnemonic(action.text())
            if letter:
                letters[letter].append(action.text())
        found = {letter: texts for letter, texts in letters.items() if len(texts) > 1}
        if found:
            clashes[menu_action.text()] = found
    assert clashes == {}
