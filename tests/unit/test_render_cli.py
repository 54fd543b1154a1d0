"""`complaintkit render`: files for good input, a clear message and exit 2 for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from complaintkit.demo import build_demo


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "complaintkit", "render", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_render_demo_writes_the_three_files(tmp_path: Path) -> None:
    result = run("--demo", "--out", "out", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["checklist.pdf", "complaint-letter.pdf", "complaint-letter.txt"]


def _write_case(folder: Path, images: dict[str, bytes], **changes) -> Path:
    demo = build_demo("en")
    data = json.loads(demo.case.model_dump_json())
    for item, (name, content) in zip(data["evidence"], images.items(), strict=False):
        item["path"] = name
        if content is not None:
            (folder / name).write_bytes(content)
    data.update(changes)
    path = folder / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_render_case_file_with_relative_evidence_paths(tmp_path: Path) -> None:
    demo = build_demo("en")
    images = {f"shot{i}.png": data for i, data in enumerate(demo.files.values())}
    _write_case(tmp_path, images)
    result = run("--case", "case.json", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out" / "complaint-letter.txt").read_text(encoding="utf-8")
    assert "Daniel Carter" in text and "T-7730921" in text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "is not valid JSON (line 1, column 2)"),
        ('{"trades": [{"quantity": "-3"}]}', "trades.0.quantity: Quantity (item 1)"),
        ('{"claimant": {"email": "nobody"}}', "claimant.email: Your e-mail"),
        ('{"evidence": [{"path": "../outside.png"}]}', "points outside the case file's folder"),
        ('{"evidence": [{"path": "/etc/passwd"}]}', "points outside the case file's folder"),
        ('{"evidence": [{"path": "missing.png"}]}', "Evidence file missing.png does not exist"),
    ],
)
def test_bad_case_file_ends_with_a_clear_message_and_status_2(
    tmp_path: Path, content: str, expected: str
) -> None:
    (tmp_path / "case.json").write_text(content, encoding="utf-8")
    result = run("--case", "case.json", "--out", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_unreadable_image_is_named(tmp_path: Path) -> None:
    _write_case(tmp_path, {"broken.png": b"\x89PNG\r\n\x1a\n broken"})
    result = run("--case", "case.json", "--out", "out", "--lang", "zh_CN", cwd=tmp_path)
    assert result.returncode == 2
    assert "证据文件 broken.png 不是可读取的图片" in result.stderr
