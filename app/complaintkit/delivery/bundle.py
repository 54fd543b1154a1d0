"""A whole case as one `.complaintkit` file (a zip), to move it to another computer.

Layout: `manifest.json` (format, version, SHA-256 and size of every other entry),
`case.json`, and `attachments/<sha256>` for each evidence file.

Import treats the file as hostile: entry names are checked before anything is read
(no absolute paths, drive letters, backslashes, `..`, links, unknown or duplicate
entries), sizes and compression ratios are checked against a budget per entry and
for the whole file, both as declared and as actually read (a zip may lie), the
case must validate (a nesting too deep to parse is refused by name), the bundle
must carry exactly the evidence files its case refers to, and every hash is
verified while decompressing, one entry at a time. Only then is anything written
to the store, so a refused bundle leaves it unchanged.
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
from collections.abc import Iterator
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
MAX_MANIFEST_BYTES = 1024 * 1024  # 1002 entries take about 150 KB
# The store keeps at most 2 MiB of case JSON; the export is indented, so allow for that.
MAX_CASE_BYTES = 8 * 1024 * 1024
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# Real screenshots and PDFs compress a little, text a few times; 200:1 is a bomb.
# Checked per entry and for the whole bundle, above a floor where ratios mean nothing.
MAX_RATIO = 200
RATIO_FLOOR = 64 * 1024
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


@dataclass(frozen=True)
class CheckedBundle:
    """A bundle that passed every check: its case and, by hash, the entries it uses."""

    case: Case
    attachments: dict[str, _Entry]


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


def _limit(name: str) -> int:
    return {MANIFEST: MAX_MANIFEST_BYTES, CASE: MAX_CASE_BYTES}.get(name, MAX_FILE_BYTES)


def _entries(archive: zipfile.ZipFile) -> dict[str, _Entry]:
    """Every entry, checked by name and declared size before any is decompressed."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError("too_many_entries", count=len(infos))
    entries: dict[str, _Entry] = {}
    declared = compressed = 0
    for info in infos:
        name = _check_name(info)
        if name in entries:
            raise BundleError("duplicate_entry", name=name)
        limit = _limit(name)
        if info.file_size > limit:
            raise BundleError("too_large", name=name)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise BundleError("too_large", name=name)
        declared += info.file_size
        compressed += info.compress_size
        entries[name] = _Entry(info, limit)
    # Many entries each just under the per-entry checks add up: bound the whole too.
    if declared > MAX_TOTAL_BYTES or (
        declared > RATIO_FLOOR and declared > MAX_RATIO * max(1, compressed)
    ):
        raise BundleError("too_large", name="*")
    for required in (MANIFEST, CASE):
        if required not in entries:
            raise BundleError("missing_entry", name=required)
    return entries


def _chunks(archive: zipfile.ZipFile, entry: _Entry) -> Iterator[bytes]:
    """An entry's bytes in chunks, never more than its declared size or its limit."""
    allowed = min(entry.info.file_size, entry.limit)
    total = 0
    try:
        with archive.open(entry.info) as stream:
            while chunk := stream.read(CHUNK):
                total += len(chunk)
                if total > allowed:
                    raise BundleError("too_large", name=entry.info.filename)
                yield chunk
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as error:
        raise BundleError("damaged", name=entry.info.filename, reason=error) from None


def _read(archive: zipfile.ZipFile, entry: _Entry) -> bytes:
    return b"".join(_chunks(archive, entry))


def _digest(archive: zipfile.ZipFile, entry: _Entry) -> tuple[str, int]:
    """SHA-256 and length of an entry, read in chunks (the bytes are not kept)."""
    digest = hashlib.sha256()
    size = 0
    for chunk in _chunks(archive, entry):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _json(data: bytes) -> object:
    try:
        return json.loads(data)
    except RecursionError:
        raise BundleError("too_deep") from None
    except ValueError:
        raise BundleError("not_a_bundle") from None


def _manifest(data: bytes) -> dict[str, dict[str, object]]:
    manifest = _json(data)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("not_a_bundle")
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(isinstance(v, dict) for v in files.values()):
        raise BundleError("not_a_bundle")
    if manifest.get("version") != VERSION:
        raise BundleError("newer_version")
    return files


def _verify(name: str, digest: str, size: int, files: dict[str, dict[str, object]]) -> None:
    expected = files[name]
    if digest != expected.get("sha256") or size != expected.get("size"):
        raise BundleError("hash_mismatch", name=name)
    if name.startswith("attachments/") and digest != name.removeprefix("attachments/"):
        raise BundleError("hash_mismatch", name=name)


def _case(data: bytes, language: str) -> Case:
    try:
        return Case.model_validate_json(data)
    except RecursionError:
        raise BundleError("too_deep") from None
    except ValidationError as error:
        if any(problem.get("type") == "json_invalid" for problem in error.errors()):
            # pydantic's JSON parser stops at its own depth limit ("recursion limit").
            if "recursion" in str(error).lower():
                raise BundleError("too_deep") from None
        try:
            problems = "; ".join(str(p) for p in explain(error, language))
        except RecursionError:
            raise BundleError("too_deep") from None
        raise BundleError("invalid_case", problems=problems) from None


def check_bundle(archive: zipfile.ZipFile, language: str = "en") -> CheckedBundle:
    """Every check an import needs, with nothing written and at most one entry in memory.

    The case is read first; the bundle must hold exactly the evidence files the case
    refers to (an entry it never uses is refused, not stored), each one hashed as it
    is decompressed."""
    entries = _entries(archive)
    files = _manifest(_read(archive, entries[MANIFEST]))
    present = set(entries) - {MANIFEST}
    listed = set(files)
    if listed != present:
        missing = sorted(listed - present) or sorted(present - listed)
        raise BundleError("manifest_mismatch", name=missing[0])
    case_bytes = _read(archive, entries[CASE])
    _verify(CASE, hashlib.sha256(case_bytes).hexdigest(), len(case_bytes), files)
    case = _case(case_bytes, language)
    del case_bytes
    needed = {f"attachments/{item.sha256_stored}" for item in case.evidence if item.sha256_stored}
    carried = present - {CASE}
    if needed - carried:
        raise BundleError("missing_entry", name=sorted(needed - carried)[0])
    if carried - needed:
        raise BundleError("unreferenced_entry", name=sorted(carried - needed)[0])
    for name in sorted(carried):
        digest, size = _digest(archive, entries[name])
        _verify(name, digest, size, files)
    return CheckedBundle(
        case, {name.removeprefix("attachments/"): entries[name] for name in sorted(carried)}
    )


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise BundleError("not_a_bundle") from None


def read_bundle(path: Path, language: str = "en") -> Case:
    """Validate a bundle completely (nothing is written); returns its case."""
    with _open_archive(path) as archive:
        return check_bundle(archive, language).case


def import_case(store: CaseStore, path: Path, language: str = "en") -> Case:
    """Bring a bundle's case into the store. Nothing is written unless all checks pass;
    a case whose id already exists here comes in as a new case (same reference).

    If writing fails part way (disk full, the file changed under us), the evidence
    files this import added are removed again."""
    with _open_archive(path) as archive:
        checked = check_bundle(archive, language)
        added: list[str] = []
        try:
            for sha256, entry in checked.attachments.items():
                if not store.attachments.exists(sha256):
                    added.append(sha256)
                # adopt() hashes again: the bytes read now are the bytes checked.
                store.attachments.adopt(sha256, _read(archive, entry))
            case = checked.case
            if store.exists(case.id):
                case = case.model_copy(update={"id": Case().id})
            return store.create(case)
        except BaseException:
            store.attachments.unsaved.difference_update(added)
            store.remove_files_if_unused(added)
            raise
