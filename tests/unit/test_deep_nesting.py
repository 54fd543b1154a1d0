"""Nesting 200,000 levels deep, in a case file or a bundle: a clear message, status 2.

Run as the user would, in a fresh process, so a RecursionError traceback or a
crash would show on stderr or as another exit status.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

DEPTH = 200_000


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "complaintkit", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _deep_cases(folder: Path) -> dict[str, Path]:
    shapes = {
        "array in title": '{"title": ' + "[" * DEPTH + "]" * DEPTH + "}",
        "objects in narrative": '{"problem": {"narrative": '
        + '{"a":' * DEPTH
        + "1"
        + "}" * DEPTH
        + "}}",
        "just past the limit": '{"title": ' + "[" * 1000 + "]" * 1000 + "}",
    }
    files = {}
    for index, (name, text) in enumerate(shapes.items()):
        path = folder / f"deep-{index}.json"
        path.write_text(text)
        files[name] = path
    return files


def _bundle(folder: Path, case_text: str, manifest_text: str | None = None) -> Path:
    case = case_text.encode()
    manifest = manifest_text or json.dumps(
        {
            "format": "complaintkit-bundle",
            "version": 1,
            "files": {"case.json": {"sha256": hashlib.sha256(case).hexdigest(), "size": len(case)}},
        }
    )
    # Stored, not deflated: the compression-ratio check must not be what refuses it.
    path = folder / f"deep-{len(list(folder.glob('*.complaintkit')))}.complaintkit"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("case.json", case)
    return path


@pytest.mark.parametrize(
    "verb",
    [
        ["render", "--out", "{out}", "--case"],
        ["review", "--case"],
        ["followup", "--kind", "reminder", "--out", "{out}", "--case"],
    ],
    ids=["render", "review", "followup"],
)
def test_deep_case_file_is_refused_with_a_message(tmp_path: Path, verb: list[str]) -> None:
    for name, path in _deep_cases(tmp_path).items():
        args = [part.replace("{out}", str(tmp_path / "out")) for part in verb]
        result = _run(*args, str(path))
        assert result.returncode == 2, (name, result.stderr[-500:])
        assert "nested far deeper than any case" in result.stderr, name
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_deep_bundles_are_refused_with_a_message(tmp_path: Path) -> None:
    deep_array = '{"title": ' + "[" * DEPTH + "]" * DEPTH + "}"
    deep_manifest = '{"format": "complaintkit-bundle", "files": ' + "[" * DEPTH + "]" * DEPTH + "}"
    bundles = [
        _bundle(tmp_path, deep_array),
        _bundle(tmp_path, "{}", deep_manifest),
        _bundle(tmp_path, '{"problem": ' + '{"a":' * DEPTH + "1" + "}" * DEPTH + "}"),
    ]
    for bundle in bundles:
        result = _run("import", str(bundle))
        assert result.returncode == 2, result.stderr[-500:]
        assert "nested far deeper than any case" in result.stderr
        assert "Traceback" not in result.stderr
