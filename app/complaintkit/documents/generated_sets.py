"""Every set of documents generated for a case is kept, each in a folder of its own.

Regenerating used to replace the letter silently (the English letter vanished when the
user switched to Chinese). Each set now goes into `<letters>/<case>/<made> <lang>/`
with a small `about.json`: when it was made, in which language, and a digest of the
case it was made from, so the review step can say which set was sent and whether
the case changed since.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from complaintkit.domain import Case

ABOUT = "about.json"
# Edits that do not change what a letter says.
_NOT_IN_LETTER = {"updated_at", "sent", "status", "letter_language_chosen"}


@dataclass(frozen=True)
class GeneratedSet:
    folder: Path
    made_at: datetime
    language: str
    digest: str


def case_digest(case: Case) -> str:
    body = case.model_dump_json(exclude=_NOT_IN_LETTER)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def new_set_folder(base: Path, made_at: datetime, language: str) -> Path:
    """A folder name that sorts by time and says the language; never an existing one."""
    stem = f"{made_at:%Y-%m-%d %H%M} {language}"
    folder, number = base / stem, 2
    while folder.exists():
        folder, number = base / f"{stem} ({number})", number + 1
    return folder


def record_set(folder: Path, case: Case, language: str, made_at: datetime) -> GeneratedSet:
    about = {"made_at": made_at.isoformat(), "language": language, "case": case_digest(case)}
    (folder / ABOUT).write_text(json.dumps(about), encoding="utf-8")
    return GeneratedSet(folder, made_at, language, about["case"])


def list_sets(base: Path) -> list[GeneratedSet]:
    """The case's sets, newest first (folders without a readable about.json are skipped)."""
    found = []
    try:
        folders = [path for path in base.iterdir() if path.is_dir()]
    except OSError:
        return []
    for folder in folders:
        try:
            about = json.loads((folder / ABOUT).read_text(encoding="utf-8"))
            found.append(
                GeneratedSet(
                    folder,
                    datetime.fromisoformat(about["made_at"]),
                    str(about["language"]),
                    str(about["case"]),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda entry: entry.made_at, reverse=True)
