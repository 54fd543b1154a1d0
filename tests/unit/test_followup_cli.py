"""`complaintkit followup` and `complaintkit review` on a case file."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from complaintkit.demo import DEMO_NOW, build_demo


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "complaintkit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _case_file(folder: Path, sent: bool, narrative: str | None = None) -> Path:
    data = json.loads(build_demo("en").case.model_dump_json())
    data["evidence"] = []
    data["problem"]["evidence_ids"] = []
    for item in data["trades"] + data["contacts"]:
        item["evidence_ids"] = []
    if sent:
        # Sent long enough ago for the ombudsman's eight weeks to be over (the command
        # uses the real clock): the cover note is offered only then.
        at = min(DEMO_NOW, datetime.now(UTC) - timedelta(days=70))
        data["sent"] = {"at": at.isoformat(), "method": "email"}
    if narrative is not None:
        data["problem"]["narrative"] = narrative
    path = folder / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_followup_writes_pdf_and_text(tmp_path: Path) -> None:
    _case_file(tmp_path, sent=True)
    result = run(
        "followup", "--case", "case.json", "--kind", "cover_note", "--out", "out", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "cover_note.pdf").read_bytes().startswith(b"%PDF")
    text = (tmp_path / "out" / "cover_note.txt").read_text(encoding="utf-8")
    assert "Financial Ombudsman Service" in text
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "cover_note.pdf",
        "cover_note.txt",
    ]


def test_followup_of_an_unsent_case_says_why_and_exits_2(tmp_path: Path) -> None:
    _case_file(tmp_path, sent=False)
    result = run(
        "followup", "--case", "case.json", "--kind", "reminder", "--out", "out", cwd=tmp_path
    )
    assert result.returncode == 2
    assert "sent" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_review_lists_findings_with_their_step(tmp_path: Path) -> None:
    _case_file(tmp_path, sent=False, narrative="Recently you idiots lost my money.")
    result = run("review", "--case", "case.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "[timeline]" in result.stdout
    assert "recently" in result.stdout and "idiots" in result.stdout
