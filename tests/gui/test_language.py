"""The UI language switches at run time, and every visible text goes with it."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from complaintkit import paths
from complaintkit.flow import STEP_ORDER
from tests.gui.wizard_helpers import go

HAN = re.compile(r"[\u4e00-\u9fff]")
TS = paths.resources_dir() / "translations" / "complaintkit_zh_CN.ts"


def _visible_texts(window) -> dict[int, str]:
    """Every visible label, button, check box and group title, keyed by the widget."""
    texts: dict[int, str] = {}
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.text().strip():
            texts[id(widget)] = widget.text()
    for group in window.findChildren(QGroupBox):
        if group.isVisibleTo(window) and group.title():
            texts[id(group)] = group.title()
    return texts


def _has_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", text))


def test_switching_language_changes_every_visible_text_on_every_step(qtbot, window) -> None:
    shown = window("en")
    shown.new_case()
    data_labels = {id(shown.editor.case_title), id(shown.editor.save_state)}
    for step in STEP_ORDER:
        shown.set_language("en")
        go(shown, step)
        english = _visible_texts(shown)
        shown.set_language("zh_CN")
        chinese = _visible_texts(shown)
        assert len(english) > 5
        for key, before in english.items():
            if key in data_labels or not _has_words(before):
                continue
            after = chinese.get(key, "")
            assert after != before and HAN.search(after), f"{step}: {before!r} -> {after!r}"
        steps = [shown.editor.steps.item(i).text() for i in range(len(STEP_ORDER))]
        assert all(HAN.search(text) for text in steps)
    assert shown.windowTitle() == "投诉助手"
    assert shown.file_menu.title().startswith("文件")
    shown.set_language("en")
    assert shown.windowTitle() == "Complaint Kit"


def test_enum_choices_follow_the_language(qtbot, window) -> None:
    shown = window("zh_CN")
    shown.new_case()
    page = go(shown, STEP_ORDER[0])
    assert page.kind.currentText() == "证券公司（券商）"
    shown.set_language("en")
    assert page.kind.currentText() == "Securities broker"


def test_the_translation_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the sources finds nothing that the committed .ts lacks or leaves unfinished."""
    from complaintkit.ui.i18n import _lrelease

    lupdate = Path(_lrelease()).with_name("lupdate")
    fresh = tmp_path / "fresh.ts"
    fresh.write_bytes(TS.read_bytes())
    sources = sorted(
        str(p) for p in (paths.resources_dir().parent / "app/complaintkit/ui").rglob("*.py")
    )
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    unfinished = [
        message.findtext("source")
        for message in ET.parse(fresh).iter("message")
        if message.find("translation").get("type") in ("unfinished",)
    ]
    assert unfinished == []
