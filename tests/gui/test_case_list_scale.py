"""The case list as a model and a view: 2,000 rows, overdue marked, selection kept;
with many cases the search waits for a pause in typing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from complaintkit.domain import Case, CaseStatus
from complaintkit.store import CaseStore, CaseSummary
from complaintkit.ui import main_window
from complaintkit.ui.case_list import CaseListView
from complaintkit.ui.main_window import MainWindow


def _summaries(count: int) -> list[CaseSummary]:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    return [
        CaseSummary(
            id=f"{index:032x}",
            reference=f"CK-{index}",
            title=f"Case {index}" if index else "",
            platform_name="Northgate",
            status=CaseStatus.AWAITING_REPLY if index % 2 else CaseStatus.DRAFT,
            updated_at=now - timedelta(minutes=index),
            reply_deadline=date(2026, 11, 20) if index % 2 else None,
            overdue=bool(index % 2),
            trashed_at=None,
        )
        for index in range(count)
    ]


def test_two_thousand_rows_read_like_the_old_table(qtbot) -> None:
    view = CaseListView(lambda: "en")
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.show_cases(_summaries(2000))
    assert view.rowCount() == 2000 and view.columnCount() == 6
    assert view.item(0, 0).text() == "(untitled case)"
    assert view.item(1, 0).text() == "Case 1" and view.item(1, 2).text() == "Awaiting reply"
    assert view.item(1, 4).text() == "2026-11-20 (overdue)"
    assert view.item(1, 4).data(Qt.ItemDataRole.FontRole).bold()
    assert view.item(2, 4).data(Qt.ItemDataRole.FontRole) is None
    assert view.item(1999, 0).data(view.CASE_ID_ROLE) == f"{1999:032x}"
    activated: list[str] = []
    view.case_activated.connect(activated.append)
    view.selectRow(1500)
    assert view.selected_case_id() == f"{1500:032x}"
    view.show_cases(_summaries(2000)[1000:])  # a search that keeps the selected case
    assert view.selected_case_id() == f"{1500:032x}"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated == [f"{1500:032x}"]


def test_with_many_cases_the_search_waits_for_a_pause(qtbot, store: CaseStore, monkeypatch) -> None:
    monkeypatch.setattr(main_window, "SEARCH_AT_ONCE_UP_TO", 5)
    for index in range(8):
        store.create(Case(title=f"order {index}" if index else "withdrawal held"))
    window = MainWindow(store, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.cases.rowCount() == 8
    qtbot.keyClicks(window.search, "withdrawal")
    assert window.cases.rowCount() == 8  # not yet: typing has not paused
    qtbot.waitUntil(lambda: window.cases.rowCount() == 1, timeout=5000)
    assert window.cases.item(0, 0).text() == "withdrawal held"
