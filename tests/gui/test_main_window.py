"""The main window lists the user's cases, finds them by search and highlights overdue replies."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from complaintkit.demo import install_demo
from complaintkit.domain import CaseStatus, SendingRecord, utc_now
from complaintkit.store import CaseStore
from complaintkit.ui.main_window import MainWindow


@pytest.fixture
def store(complaintkit_home):
    with CaseStore() as opened:
        yield opened


def _visible_rows(window: MainWindow) -> list[list[str]]:
    table = window.cases
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_demo_cases_appear_in_the_list_with_platform_and_status(qtbot, store) -> None:
    install_demo(store, "zh_CN")
    install_demo(store, "en")
    window = MainWindow(store, "zh_CN")
    qtbot.addWidget(window)
    rows = _visible_rows(window)
    assert {row[1] for row in rows} == {"鑫盛证券股份有限公司", "Northgate Markets Ltd"}
    assert all(row[2] == "示例" for row in rows)  # the built-in examples say so
    assert {row[5] for row in rows} == {"中文", "English"}
    assert not window.empty_hint.isVisibleTo(window)
    assert "Complaint Kit" in window.windowTitle()


def test_search_narrows_the_list(qtbot, store) -> None:
    install_demo(store, "zh_CN")
    install_demo(store, "en")
    window = MainWindow(store, "en")
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search, "northgate")
    assert [row[1] for row in _visible_rows(window)] == ["Northgate Markets Ltd"]
    # Chinese arrives through the input method as committed text, not key clicks.
    window.search.setText("鑫盛")
    assert [row[1] for row in _visible_rows(window)] == ["鑫盛证券股份有限公司"]
    window.search.clear()
    qtbot.keyClicks(window.search, "no such case")
    assert _visible_rows(window) == []
    assert window.empty_hint.isVisibleTo(window)


def test_installing_the_demo_twice_keeps_one_copy(store) -> None:
    first = install_demo(store, "en")
    second = install_demo(store, "en")
    assert first.id == second.id
    assert len(store.list_cases()) == 1
    for item in second.evidence:
        assert store.attachments.open_bytes(item.sha256_stored)


def test_overdue_reply_deadline_is_marked(qtbot, store) -> None:
    case = install_demo(store, "en")
    case.status = CaseStatus.AWAITING_REPLY
    case.sent = SendingRecord(at=utc_now() - timedelta(days=40))
    store.save(case)
    window = MainWindow(store, "en")
    qtbot.addWidget(window)
    assert "(overdue)" in _visible_rows(window)[0][4]


def test_the_keyboard_starts_a_new_case_once_the_window_has_its_cases(qtbot, store) -> None:
    # The shortcuts are set when the store is attached, after the first paint.
    window = MainWindow(None, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(store)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.cases, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(store.list_cases()) == 1
    assert window.pages.currentWidget() is window.editor
