"""Reading a case from a hand-written JSON file for `complaintkit render --case`.

Evidence items may give `path`, relative to the JSON file. Such paths are never
trusted: absolute paths and anything that resolves outside the JSON file's
folder are refused, and each file is checked before rendering starts so the
user gets one clear message naming the field or file.
"""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image
from pydantic import ValidationError

from complaintkit.domain import Case, EvidenceItem
from complaintkit.domain.messages import explain
from complaintkit.imaging import MAX_PIXELS, open_header
from complaintkit.locales import lookup


class CaseFileError(Exception):
    """A problem with the case file or one of its evidence files, worded for the user."""


def _say(language: str, key: str, **params: object) -> str:
    return str(lookup(language, "cli", key)).format(**{k: str(v) for k, v in params.items()})


def load_case_file(path: Path, language: str) -> Case:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CaseFileError(_say(language, "cannot_read", file=path, reason=error)) from None
    # Nesting deeper than Python's recursion limit (a case is about six levels deep)
    # surfaces as RecursionError from the JSON parser, pydantic or the explanation.
    try:
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as error:
            raise CaseFileError(
                _say(language, "bad_json", file=path, line=error.lineno, column=error.colno)
            ) from None
        try:
            return Case.model_validate(raw)
        except ValidationError as error:
            problems = "\n".join(
                f"  - {'.'.join(str(p) for p in problem.loc)}: {problem}"
                for problem in explain(error, language)
            )
            raise CaseFileError(
                _say(language, "invalid_case", file=path) + "\n" + problems
            ) from None
    except RecursionError:
        raise CaseFileError(_say(language, "too_deep", file=path)) from None


class FolderEvidence:
    """Evidence source for a case file: `path` fields resolved inside one folder."""

    def __init__(self, folder: Path, language: str) -> None:
        self.folder = folder.resolve()
        self.language = language

    def resolve(self, item: EvidenceItem) -> Path:
        if not item.path:
            raise CaseFileError(_say(self.language, "evidence_without_path", id=item.id))
        relative = Path(item.path)
        candidate = (self.folder / relative).resolve()
        if relative.is_absolute() or not candidate.is_relative_to(self.folder):
            raise CaseFileError(_say(self.language, "evidence_outside", path=item.path))
        return candidate

    def check(self, case: Case) -> None:
        """Fail early, naming the file, if any evidence file is missing or unreadable."""
        for item in case.evidence:
            path = self.resolve(item)
            if not path.is_file():
                raise CaseFileError(_say(self.language, "evidence_missing", path=item.path))
            if item.media_type.startswith("image/") or path.suffix.lower() in (
                ".png",
                ".jpg",
                ".jpeg",
                ".gif",
                ".webp",
                ".bmp",
                ".tif",
                ".tiff",
            ):
                # The header only (format, size): the pixels are decoded once, when the
                # exhibit is prepared, and a file that fails then is named as a warning.
                try:
                    width, height = open_header(path.read_bytes()).size
                    if width * height > MAX_PIXELS:
                        raise ValueError(f"{width}x{height}")
                except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
                    raise CaseFileError(
                        _say(self.language, "evidence_unreadable", path=item.path)
                    ) from None

    def __call__(self, item: EvidenceItem) -> bytes:
        return self.resolve(item).read_bytes()
