"""Per-field limits no honest case reaches, said clearly; one budget for the whole case."""

from __future__ import annotations

import hashlib
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from complaintkit.delivery.bundle import BundleError, export_case, import_case
from complaintkit.demo import build_demo
from complaintkit.documents.case_file import CaseFileError, load_case_file
from complaintkit.domain import Case, Problem, Trade, limits
from complaintkit.domain.messages import explain
from complaintkit.store import CaseStore, StoreError
from complaintkit.store.case_store import MAX_CASE_BYTES

PASTED_LOG = "2026-03-14 09:31:07 ERROR order rejected\n" * 400_000  # 16.8 MB


def test_a_narrative_at_the_limit_is_kept_and_one_over_is_explained() -> None:
    case = Case(problem=Problem(narrative="事" * limits.NARRATIVE_CHARS))
    assert len(case.problem.narrative) == limits.NARRATIVE_CHARS
    with pytest.raises(ValidationError) as raised:
        case.problem.narrative = "事" * (limits.NARRATIVE_CHARS + 1)
    [english] = explain(raised.value, "en")
    [chinese] = explain(raised.value, "zh_CN")
    assert english.field_label == "What happened"
    assert "50001 characters long" in english.message and "at most 50000" in english.message
    assert "50001" in chinese.message and "50000" in chinese.message
    assert case.problem.narrative == "事" * limits.NARRATIVE_CHARS  # unchanged


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Case(title="x" * (limits.LINE_CHARS + 1)), "title"),
        (lambda: Case(trades=[Trade(note="x" * (limits.TEXT_CHARS + 1))]), "note"),
        (lambda: Case(problem=Problem(error_messages=["x"] * 101)), "error_messages"),
        (
            lambda: Case(problem=Problem(error_messages=["x" * (limits.ERROR_MESSAGE_CHARS + 1)])),
            "error_messages",
        ),
        (lambda: Case(trades=[Trade() for _ in range(1001)]), "trades"),
    ],
)
def test_each_kind_of_limit_is_enforced(make, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        make()
    problem = raised.value.errors()[0]
    assert problem["type"] in ("ck_too_long", "ck_too_many")
    assert field in problem["loc"]


def test_the_demo_cases_are_far_from_every_limit() -> None:
    for language in ("zh_CN", "en"):
        case = build_demo(language).case
        assert len(case.model_dump_json().encode()) < MAX_CASE_BYTES // 20


def test_a_pasted_16_mb_log_in_a_case_file_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({"problem": {"narrative": PASTED_LOG}}))
    with pytest.raises(CaseFileError) as raised:
        load_case_file(path, "en")
    assert "What happened" in str(raised.value) and "at most 50000" in str(raised.value)


def test_a_bundle_with_a_16_mb_narrative_is_refused(tmp_path: Path, complaintkit_home) -> None:
    with CaseStore() as store:
        case = store.create(Case(title="small"))
        bundle = export_case(store, case.id, tmp_path / "case.complaintkit")
    with zipfile.ZipFile(bundle) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    body = json.loads(entries["case.json"])
    body["problem"]["narrative"] = PASTED_LOG[: 7 * 1024 * 1024]
    entries["case.json"] = json.dumps(body).encode()
    manifest = json.loads(entries["manifest.json"])
    manifest["files"]["case.json"] = {
        "sha256": hashlib.sha256(entries["case.json"]).hexdigest(),
        "size": len(entries["case.json"]),
    }
    entries["manifest.json"] = json.dumps(manifest).encode()
    hostile = tmp_path / "hostile.complaintkit"
    with zipfile.ZipFile(hostile, "w", zipfile.ZIP_STORED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    with CaseStore(tmp_path / "other") as other, pytest.raises(BundleError) as raised:
        import_case(other, hostile)
    assert "at most 50000" in raised.value.message("en")


def test_a_case_over_the_store_budget_is_refused_and_the_saved_one_kept(complaintkit_home) -> None:
    note = "备注" * (limits.TEXT_CHARS // 2)
    with CaseStore() as store:
        case = store.create(Case(title="many long notes"))
        case.trades = [Trade(quantity=Decimal(1), note=note) for _ in range(40)]  # ~1.2 MB
        with pytest.raises(StoreError) as raised:
            store.save(case)
        assert raised.value.code == "case_too_large"
        assert "too large to save" in raised.value.message("en")
        assert raised.value.message("zh_CN") != raised.value.message("en")
        assert store.load(case.id).trades == []
