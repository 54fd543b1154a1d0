"""The case store keeps every case exactly, lists and searches them, and handles the trash."""

from __future__ import annotations

import errno
import functools
import os
import sqlite3
import stat
import time
from datetime import timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings

from complaintkit.domain import (
    Case,
    CaseStatus,
    Claimant,
    ContactEvent,
    Language,
    Money,
    Platform,
    Problem,
    SendingRecord,
    utc_now,
)
from complaintkit.store import CaseNotFound, CaseStore, StoreError, StoreUnavailable, backups
from complaintkit.store import case_store as case_store_module
from complaintkit.store.schema import MIGRATIONS, migrate
from tests.strategies import cases


@pytest.fixture
def store(complaintkit_home):
    with CaseStore() as opened:
        yield opened


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    with CaseStore(tmp_path_factory.mktemp("roundtrip") / "home") as opened:
        yield opened


NASTY = "<b>a & b</b> 😡📉 投诉 مرحبا שלום \u202e"
# Every text at the longest domain.limits allows.
HUGE_CASE = Case(
    title=NASTY,
    claimant=Claimant(full_name=NASTY, postal_address="a<&>" * 2_500),
    platform=Platform(name="富途 & <Futu>"),
    problem=Problem(narrative="长" * 50_000, error_messages=[NASTY, "x" * 5_000]),
    contacts=[ContactEvent(at=utc_now(), summary="😡" * 10_000, agent=NASTY)],
)


@example(case=HUGE_CASE)
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=cases())
def test_every_case_comes_back_exactly_as_saved(shared_store, case):
    stored = shared_store.create(case)
    loaded = shared_store.load(stored.id)
    if case is HUGE_CASE:
        assert len(loaded.problem.narrative) == 50_000 and loaded.title == NASTY
    assert loaded == stored
    assert loaded.model_dump_json() == stored.model_dump_json()
    # create() only fills in the reference (when empty) and the time of the change.
    ignored = {"reference", "updated_at"}
    assert stored.model_dump(exclude=ignored) == case.model_dump(exclude=ignored)

    stored.title = stored.title + " ✍ édité 修改"
    shared_store.save(stored)
    again = shared_store.load(stored.id)
    assert again == stored
    assert again.model_dump_json() == stored.model_dump_json()


def test_the_data_folder_is_created_private_and_the_database_is_in_wal_mode(complaintkit_home):
    with CaseStore() as store:
        store.create(Case(title="x"))
        assert store.root == complaintkit_home
        mode = store._connection.execute("PRAGMA journal_mode").fetchone()[0]
        sync = store._connection.execute("PRAGMA synchronous").fetchone()[0]
        assert (mode, sync) == ("wal", 2)  # 2 = FULL
        if os.name == "posix":
            assert stat.S_IMODE(complaintkit_home.stat().st_mode) == 0o700
            for name in ("cases.sqlite3", "cases.sqlite3-wal", "cases.sqlite3-shm"):
                assert stat.S_IMODE((complaintkit_home / name).stat().st_mode) == 0o600, name
            for folder in ("backups", "attachments"):
                assert stat.S_IMODE((complaintkit_home / folder).stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_folder_open_to_others_is_made_private(tmp_path):
    root = tmp_path / "shared"
    root.mkdir(mode=0o755)
    os.chmod(root, 0o755)
    with CaseStore(root) as store:
        store.create(Case(title="x"))
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


def test_create_assigns_a_reference_and_keeps_one_that_is_given(store):
    fresh = store.create(Case(title="a"))
    assert fresh.reference.startswith("CK-")
    assert fresh.reference == store.load(fresh.id).reference
    kept = store.create(Case(title="b", reference="MY-REF-1"))
    assert store.load(kept.id).reference == "MY-REF-1"
    with pytest.raises(StoreError) as info:
        store.create(kept)
    assert info.value.code == "case_exists"


def test_save_moves_updated_at_forward_and_refuses_unknown_cases(store):
    case = store.create(Case(title="a"))
    before = case.updated_at
    case.title = "b"
    store.save(case)
    assert case.updated_at > before
    assert store.load(case.id).updated_at == case.updated_at
    with pytest.raises(CaseNotFound) as info:
        store.save(Case(title="never created"))
    assert "不存在" in info.value.message("zh_CN")
    assert "no longer exists" in str(info.value)
    with pytest.raises(CaseNotFound):
        store.load("0" * 32)


def _case(title, platform="", claimant="", narrative="", **extra):
    return Case(
        title=title,
        platform=Platform(name=platform),
        claimant=Claimant(full_name=claimant),
        problem=Problem(narrative=narrative),
        **extra,
    )


def test_search_finds_title_platform_reference_claimant_and_narrative(store):
    delay = store.create(_case("下单延迟导致亏损", "富途证券 Futu", "张三", "行情卡顿三分钟"))
    frozen = store.create(_case("Account frozen", "Binance", "Li Wei", "They froze my USDT"))
    ids = lambda query: {summary.id for summary in store.list_cases(query)}  # noqa: E731
    assert ids("") == {delay.id, frozen.id}
    assert ids("富途") == {delay.id}
    assert ids("张三") == {delay.id}
    assert ids("卡顿") == {delay.id}
    assert ids("FUTU") == {delay.id}
    assert ids("ｆｕｔｕ") == {delay.id}  # full-width typing still matches
    assert ids("binance usdt") == {frozen.id}  # every word must match
    assert ids("binance 富途") == set()
    assert ids(frozen.reference.lower()) == {frozen.id}
    assert ids("li wei") == {frozen.id}
    assert ids("nothing like this") == set()
    assert ids("%") == set()  # no LIKE wildcards


def test_list_shows_newest_change_first_with_platform_and_deadline(store):
    old = store.create(_case("old", "Broker A"))
    new = store.create(_case("new", "Broker B"))
    old.status = CaseStatus.AWAITING_REPLY
    old.sent = SendingRecord(at=utc_now() - timedelta(days=30))
    old.remedy.reply_deadline_days = 14
    store.save(old)
    listed = store.list_cases()
    assert [summary.id for summary in listed] == [old.id, new.id]
    first = listed[0]
    assert first.platform_name == "Broker A"
    assert first.status is CaseStatus.AWAITING_REPLY
    # 14 days after the day it was sent, in the case's own zone (Asia/Shanghai here).
    sent_day = old.sent.at.astimezone(ZoneInfo(old.problem.timezone)).date()
    assert first.reply_deadline == sent_day + timedelta(days=14)
    assert first.overdue
    assert listed[1].reply_deadline is None and not listed[1].overdue
    assert first.updated_at == old.updated_at

    old.status = CaseStatus.RESOLVED
    store.save(old)
    assert not store.list_cases()[0].overdue


def test_duplicate_is_a_new_draft_marked_as_a_copy_in_the_letter_language(store):
    original = store.create(
        _case(
            "Withdrawal refused",
            "Broker",
            status=CaseStatus.SENT,
            letter_language=Language.EN,
            sent=SendingRecord(at=utc_now()),
            claimed_loss=Money(amount=Decimal("1234.50"), currency="USD"),
        )
    )
    copy = store.duplicate(original.id)
    assert copy.id != original.id
    assert copy.reference != original.reference and copy.reference.startswith("CK-")
    assert copy.title == "Withdrawal refused (copy)"
    assert copy.status is CaseStatus.DRAFT
    assert copy.sent is None
    assert copy.claimed_loss == original.claimed_loss
    assert store.load(copy.id) == copy
    assert store.load(original.id) == original

    chinese = store.create(_case("提现被拒", letter_language=Language.ZH_CN))
    assert store.duplicate(chinese.id).title == "提现被拒（副本）"


def test_delete_moves_to_trash_restore_brings_back_purge_removes_for_good(store):
    keep = store.create(_case("keep"))
    gone = store.create(_case("to the trash"))
    store.delete(gone.id)
    assert [summary.id for summary in store.list_cases()] == [keep.id]
    trash = store.list_trash()
    assert [summary.id for summary in trash] == [gone.id]
    assert trash[0].trashed_at is not None
    assert store.load(gone.id).title == "to the trash"  # still readable in the trash
    store.delete(gone.id)  # twice is harmless

    store.restore(gone.id)
    assert {summary.id for summary in store.list_cases()} == {keep.id, gone.id}
    assert store.list_trash() == []

    with pytest.raises(StoreError) as info:
        store.purge(keep.id)
    assert info.value.code == "purge_not_in_trash"
    assert "回收站" in info.value.message("zh_CN")
    assert store.load(keep.id).title == "keep"

    store.delete(gone.id)
    store.purge(gone.id)
    with pytest.raises(CaseNotFound):
        store.load(gone.id)
    with pytest.raises(CaseNotFound):
        store.restore(gone.id)
    with pytest.raises(CaseNotFound):
        store.delete(gone.id)
    assert store.list_trash() == []


def test_a_migration_is_preceded_by_a_backup_of_the_old_file(complaintkit_home, monkeypatch):
    with CaseStore() as store:
        case = store.create(_case("before the upgrade"))
    add_pin = "ALTER TABLE cases ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;"
    monkeypatch.setattr(
        case_store_module, "migrate", functools.partial(migrate, migrations=(*MIGRATIONS, add_pin))
    )
    with CaseStore() as store:
        assert store.load(case.id).title == "before the upgrade"
        version = store._connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == len(MIGRATIONS) + 1
        suffix = f"-before-v{len(MIGRATIONS) + 1}.sqlite3"
        before = [path for path in store.list_backups() if path.name.endswith(suffix)]
    assert len(before) == 1
    old = sqlite3.connect(before[0])
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert old.execute("SELECT title FROM cases").fetchall() == [("before the upgrade",)]
    finally:
        old.close()


def test_a_file_from_a_newer_version_is_refused_and_left_alone(complaintkit_home):
    with CaseStore() as store:
        case = store.create(_case("mine"))
        store._connection.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreUnavailable) as info:
        CaseStore()
    assert info.value.code == "newer_version"
    assert "newer version" in str(info.value)
    raw = sqlite3.connect(complaintkit_home / "cases.sqlite3")
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 99
        assert raw.execute("SELECT id FROM cases").fetchall() == [(case.id,)]
    finally:
        raw.close()


def test_one_automatic_backup_a_day_and_only_the_newest_ten_are_kept(complaintkit_home):
    with CaseStore() as store:
        assert store.list_backups() == []  # nothing worth backing up yet
        case = store.create(_case("backed up"))
    with CaseStore() as store:
        daily = store.list_backups()
        assert len(daily) == 1 and daily[0].name.endswith("-daily.sqlite3")
    with CaseStore() as store:
        assert store.list_backups() == daily  # not again on the same day
        manual = [store.backup_now() for _ in range(backups.KEEP_ROTATING + 1)]
        kept = store.list_backups()
    assert kept == manual[::-1][: backups.KEEP_ROTATING]
    copy = sqlite3.connect(kept[0])
    try:
        assert copy.execute("SELECT id FROM cases").fetchall() == [(case.id,)]
    finally:
        copy.close()
    if os.name == "posix":
        assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600


def test_the_store_is_usable_from_another_thread(store):
    import threading

    case = store.create(_case("threads"))
    seen = []
    worker = threading.Thread(target=lambda: seen.append(store.load(case.id).title))
    worker.start()
    worker.join()
    assert seen == ["threads"]


def test_leftovers_of_an_interrupted_backup_are_ignored_and_cleared(complaintkit_home):
    with CaseStore() as store:
        store.create(_case("x"))
        good = store.backup_now()
    folder = complaintkit_home / "backups"
    old = folder / ".tmp-interrupted.sqlite3"
    fresh = folder / ".tmp-being-written.sqlite3"
    for leftover in (old, fresh):
        leftover.write_bytes(b"half a backup")
    an_hour_and_more = time.time() - 2 * 3600
    os.utime(old, (an_hour_and_more, an_hour_and_more))
    with CaseStore() as store:
        assert store.list_backups() == [good]
    assert not old.exists()
    assert fresh.exists()  # may belong to another window writing right now


def test_a_daily_backup_that_cannot_be_written_does_not_lock_the_user_out(
    complaintkit_home, monkeypatch
):
    with CaseStore() as store:
        case = store.create(_case("readable"))

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(case_store_module.backups, "take_backup", no_space)
    with CaseStore() as store:
        assert store.load(case.id).title == "readable"
        assert store.list_backups() == []


def test_two_windows_on_the_same_folder_see_each_others_saves(complaintkit_home):
    with CaseStore() as first, CaseStore() as second:
        case = first.create(_case("from the first window"))
        assert [summary.id for summary in second.list_cases()] == [case.id]
        mine = second.load(case.id)
        mine.title = "edited in the second window"
        second.save(mine)
        assert first.load(case.id).title == "edited in the second window"


def test_every_error_the_store_can_raise_has_wording_in_both_languages():
    import re
    from pathlib import Path

    from complaintkit.locales import catalog
    from complaintkit.store import errors

    source = "\n".join(
        path.read_text(encoding="utf-8") for path in Path(errors.__file__).parent.glob("*.py")
    )
    raised = re.findall(
        r"(StoreError|StoreUnavailable|StoreCorrupted|AttachmentMissing|UnsupportedEvidence)\(\s*\"(\w+)\"",
        source,
    )
    assert len(raised) > 15
    for language in ("en", "zh_CN"):
        for kind, code in raised:
            section = "evidence" if kind == "UnsupportedEvidence" else "errors"
            assert code in catalog(language, "store")[section], (language, code)


def test_a_save_from_a_stale_copy_is_refused_not_written_over_newer_data(complaintkit_home):
    """Two windows on one data folder: the later save of an older copy must not win."""
    from complaintkit.store import CaseChangedElsewhere

    with CaseStore() as first, CaseStore() as second:
        created = first.create(Case(title="Withdrawal stuck"))
        mine = first.load(created.id)
        theirs = second.load(created.id)
        theirs.title = "Withdrawal stuck since 3 Nov"
        second.save(theirs)
        mine.title = "My older edit"
        with pytest.raises(CaseChangedElsewhere) as refused:
            first.save(mine)
        assert "another Complaint Kit window" in refused.value.message("en")
        assert "另一个投诉助手窗口" in refused.value.message("zh_CN")
        assert first.load(created.id).title == "Withdrawal stuck since 3 Nov"
        # Reopened, the case saves again.
        again = first.load(created.id)
        again.title = "Both edits seen"
        first.save(again)
        second_view = second.load(created.id)
        assert second_view.title == "Both edits seen"
        second.save(second_view)  # each save from a fresh copy goes through
