"""The command line: version and schema work without a display."""

from __future__ import annotations

import json
import subprocess
import sys

from complaintkit import __version__


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "complaintkit", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"complaintkit {__version__}"


def test_schema_is_json_schema_of_a_case() -> None:
    result = _run("schema")
    assert result.returncode == 0, result.stderr
    schema = json.loads(result.stdout)
    assert schema["title"] == "Case"
    assert {"claimant", "platform", "problem", "trades", "evidence", "contacts", "remedy"} <= set(
        schema["properties"]
    )
