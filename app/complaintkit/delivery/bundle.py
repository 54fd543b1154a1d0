"""A whole case as one `.complaintkit` file (a zip), to move it to another computer.

Layout: `manifest.json` (format, version, SHA-256 and size of every other entry),
`case.json`, and `attachments/<sha256>` for each evidence file.

Import treats the file as hostile: entry names are checked before anything is read
(no absolute paths, drive letters, backslashes, `..`, links, unknown or duplicate
entries), sizes are checked against a budget both as declared and as actually
read (a zip may lie), every hash is verified, and the case must validate. Only
then is anything written to the store, so a refused bundle leaves it unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from complaintkit.domain import Case, utc_now
from complaintkit.domain.messages import explain
from complaintkit.locales import lookup
from complaintkit.store import CaseStore

FORMAT = "complaintkit-bundle"
VERSION = 1
MANIFEST = "manifest.json"
CASE = "case.json"
ATTACHMENT = re.compile(r"^attachments/[0-9a-f]{64}$")

MAX_ENTRIES = 1002  # manifest, case and up to 1000 evidence files
MAX_CASE_BYTES = 20 * 1024 * 1024
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# Real screenshots and PDFs compress a little; a 1000:1 ratio is a bomb.
MAX_RATIO = 200
CHUNK = 1024 * 1024


class BundleError(Exception):
    """Why a bundle was refused, in words for the user (`message(language)`)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(self.message("en"))

    def message(self, language: str = "en") -> str:
        template = str(lookup(language, "delivery", f"bundle.{self.code}"))
        return template.format(**self.params)


# -- export -----------------------------------------------------------------------------


def export_case(store: CaseStore, case_id: str, target: Path) -> Path:
    """Write the case and its evidence files to `target` (atomically)."""
    case = store.load(case_id)
    entries: dict[str, bytes] = {CASE: case.model_dump_json(indent=2).encode("utf-8")}
    for item in case.evidence:
        if item.sha256_stored:
            entries[f"attachments/{item.sha256_stored}"] = store.attachments.open_bytes(
                item.sha256_stored
            )
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "case_id": case.id,
        "exported_at": utc_now().isoformat(),
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in entries.items()
        },
    }
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".complaintkit")
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
            for name, data in entries.items():
                archive.writestr(name, data)
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target


# -- import -----------------------------------------------------------------------------


@dataclass
class _Entry:
    info: zipfile.ZipInfo
    limit: int


def _check_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or re.match(r"^[A-Za-z]:", name)
        or any(part in ("", ".", "..") for part in name.split("/"))
    ):
        raise BundleError("unsafe_path", name=name)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode) or info.is_dir():
        raise BundleError("unsafe_path", name=name)
    if name not in (MANIFEST, CASE) and not ATTACHMENT.match(name):
        raise BundleError("unknown_entry", name=name)
    return name


def _entries(archive: zipfile.ZipFile) -> dict[str, _Entry]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError("too_many_entries", count=len(infos))
    entries: dict[str, _Entry] = {}
    declared = 0
    for info in infos:
        name = _check_name(info)
        if name in entries:
            raise BundleError("duplicate_entry", name=name)
        limit = MAX_CASE_BYTES if name in (MANIFEST, CASE) else MAX_FILE_BYTES
        if info.file_size > limit:
            raise BundleError("too_large", name=name)
        if info.file_size > CHUNK and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise BundleError("too_large", name=name)
        declared += info.file_size
        entries[name] = _Entry(info, limit)
    if declared > MAX_TOTAL_BYTES:
        raise BundleError("too_large", name="*")
    for required in (MANIFEST, CASE):
        if required not in entries:
            raise BundleError("missing_entry", name=required)
    return entries


def _read(archive: zipfile.ZipFile, entry: _Entry) -> bytes:
    """Read an entry, never more than its declared size or its limit."""
    allowed = min(entry.info.file_size, entry.limit)
    parts = []
    total = 0
    try:
        with archive.open(entry.info) as stream:
            while chunk := stream.read(CHUNK):
                total += len(chunk)
                if total > allowed:
                    raise BundleError("too_large", name=entry.info.filename)
                parts.append(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as error:
        raise BundleError("damaged", name=entry.info.filename, reason=error) from None
    return b"".join(parts)


def _manifest(data: bytes) -> dict[str, dict[str, object]]:
    try:
        manifest = json.loads(data)
        files = manifest["files"]
        if manifest.get("format") != FORMAT or not isinstance(files, dict):
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise BundleError("not_a_bundle") from None
    if manifest.get("version") != VERSION:
        raise BundleError("newer_version")
    return files


def read_bundle(path: Path, language: str = "en") -> tuple[Case, dict[str, bytes]]:
    """Validate a bundle completely; returns the case and its evidence files by hash."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise BundleError("not_a_bundle") from None
    with archive:
        entries = _entries(archive)
        files = _manifest(_read(archive, entries[MANIFEST]))
        listed = set(files)
        present = set(entries) - {MANIFEST}
        if listed != present:
            missing = sorted(listed - present) or sorted(present - listed)
            raise BundleError("manifest_mismatch", name=missing[0])
        contents: dict[str, bytes] = {}
        for name in sorted(present):
            data = _read(archive, entries[name])
            expected = files[name]
            if not isinstance(expected, dict):
                raise BundleError("not_a_bundle")
            digest = hashlib.sha256(data).hexdigest()
            if digest != expected.get("sha256") or len(data) != expected.get("size"):
                raise BundleError("hash_mismatch", name=name)
            if name.startswith("attachments/") and digest != name.removeprefix("attachments/"):
                raise BundleError("hash_mismatch", name=name)
            contents[name] = data
    try:
        case = Case.model_validate_json(contents.pop(CASE))
    except ValidationError as error:
        problems = "; ".join(str(p) for p in explain(error, language))
        raise BundleError("invalid_case", problems=problems) from None
    attachments = {name.removeprefix("attachments/"): data for name, data in contents.items()}
    needed = {item.sha256_stored for item in case.evidence if item.sha256_stored}
    if needed - set(attachments):
        raise BundleError(
            "missing_entry", name=f"attachments/{sorted(needed - set(attachments))[0]}"
        )
    return case, attachments


def import_case(store: CaseStore, path: Path, language: str = "en") -> Case:
    """Bring a bundle's case into the store. Nothing is written unless all checks pass;
    a case whose id already exists here comes in as a new case (same reference)."""
    case, attachments = read_bundle(path, language)
    for sha256, data in attachments.items():
        store.attachments.adopt(sha256, data)
    if store.exists(case.id):
        case = case.model_copy(update={"id": Case().id})
    return store.create(case)
