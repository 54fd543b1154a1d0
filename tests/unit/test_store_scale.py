"""The list and the search read their own index and table (migration 3), so 2,000 cases
list and search quickly; a file from before keeps finding what it found."""

from __future__ import annotations

import sqlite3

from complaintkit.domain import Case, Claimant, Platform, Problem
from complaintkit.store import CaseStore
from complaintkit.store.schema import MIGRATIONS, migrate


def test_search_after_upgrading_a_file_from_version_2(complaintkit_home) -> None:
    complaintkit_home.mkdir(parents=True)
    case = Case(title="提现被拒", problem=Problem(narrative="ＡＢＣ 全角"))
    old = sqlite3.connect(complaintkit_home / "cases.sqlite3", isolation_level=None)
    try:
        migrate(old, lambda _version: None, MIGRATIONS[:2])
        # What version 2 wrote: the search text in the cases table itself.
        old.execute(
            "INSERT INTO cases (id, reference, title, platform_name, status, created_at,"
            " updated_at, reply_deadline, trashed_at, search_text, body, revision) VALUES"
            " (?, 'CK-1', ?, '', 'draft', '2026-11-01T00:00:00.000000Z',"
            " '2026-11-01T00:00:00.000000Z', NULL, NULL, ?, ?, 0)",
            (case.id, case.title, "提现被拒\nabc 全角", case.model_dump_json()),
        )
    finally:
        old.close()
    with CaseStore() as store:
        assert [s.id for s in store.list_cases("abc")] == [case.id]
        assert [s.id for s in store.list_cases("提现")] == [case.id]
        version = store._connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == len(MIGRATIONS)
        assert store.list_backups()  # the copy taken before migrating


def test_search_follows_saves_and_purges(complaintkit_home) -> None:
    with CaseStore() as store:
        case = store.create(
            Case(
                title="Order stuck",
                platform=Platform(name="Northgate"),
                claimant=Claimant(full_name="李伟"),
            )
        )
        other = store.create(Case(title="Withdrawal"))
        assert [s.id for s in store.list_cases("northgate 李伟")] == [case.id]
        case.problem.narrative = "滑点 slippage"
        store.save(case)
        assert [s.id for s in store.list_cases("SLIPPAGE")] == [case.id]
        assert store.list_cases("northgate nothing") == []
        store.delete(case.id)
        assert store.list_cases("slippage") == []
        store.purge(case.id)
        rows = store._connection.execute("SELECT count(*) FROM case_search").fetchone()[0]
        assert rows == 1
        assert [s.id for s in store.list_cases()] == [other.id]


def test_the_list_reads_only_its_index(complaintkit_home) -> None:
    with CaseStore() as store:
        plan = store._connection.execute(
            "EXPLAIN QUERY PLAN SELECT id, reference, title, platform_name, status,"
            " updated_at, reply_deadline, trashed_at FROM cases WHERE trashed_at IS NULL"
            " ORDER BY updated_at DESC, id"
        ).fetchall()
    assert any("COVERING INDEX cases_list_columns" in row[-1] for row in plan), plan
    assert sqlite3.sqlite_version_info >= (3, 8)
