"""Evidence files, kept by content: root/attachments/ab/abcdef... (SHA-256 of the bytes).

The store owns its copies: an import reads the user's file once and never refers
to it again, so moving or deleting the original later does not break a case.
Identical files are stored once. Thumbnails are a cache and can be deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import time
from collections.abc import Iterator, Set
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw

from complaintkit.domain import EvidenceItem, EvidenceKind, utc_now
from complaintkit.domain.enums import CaptureTimeSource
from complaintkit.imaging import ImageRejected, open_image
from complaintkit.store.capture_time import CaptureTime, choose_capture_time
from complaintkit.store.errors import (
    AttachmentMissing,
    StoreError,
    UnsupportedEvidence,
    unavailable_from_os,
)
from complaintkit.store.evidence_files import MAX_EVIDENCE_BYTES, prepare, sniff_kind
from complaintkit.store.files import private_dir, write_atomically

ATTACHMENT_DIR = "attachments"
THUMBNAIL_DIR = "thumbnails"
_HASH = re.compile(r"^[0-9a-f]{64}$")


def _check_hash(sha256: str) -> str:
    if not isinstance(sha256, str) or not _HASH.match(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return sha256


class AttachmentStore:
    """The evidence files of every case under one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / ATTACHMENT_DIR
        self.thumbnail_folder = root / THUMBNAIL_DIR
        # Stored (or re-imported) by this process and not yet part of a saved case: an
        # editor may hold them in a case it has not saved. Deleting a case for good
        # leaves these (garbage collection relies on its grace period instead).
        self.unsaved: set[str] = set()
        # Where thumbnails go when the data folder is read-only (a private temp folder).
        self.read_only_thumbnails: Path | None = None

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            raise unavailable_from_os(error, self.root) from error

    def import_file(
        self,
        source: Path | bytes,
        original_name: str = "",
        kind: EvidenceKind | None = None,
        caption: str = "",
        captured_at: datetime | None = None,
        zone: str | None = None,
    ) -> EvidenceItem:
        """Copy `source` into the store and describe it as an evidence item.

        Unless `captured_at` is given, the capture time is the best the file tells
        (store/capture_time.py), read in `zone` (the case's time zone) where the file
        gives no offset.

        Raises UnsupportedEvidence for files that cannot be evidence and
        StoreUnavailable when the data folder cannot be written.
        """
        data, modified, name = self._read_source(source, original_name)
        local = ZoneInfo(zone) if zone else None
        prepared = prepare(data, name, local)
        if captured_at is not None:
            capture = CaptureTime(captured_at, CaptureTimeSource.UNKNOWN)
        else:
            capture = choose_capture_time(prepared.taken_at, name, modified, local, utc_now())
        stored_hash = hashlib.sha256(prepared.data).hexdigest()
        self._put(stored_hash, prepared.data)
        return EvidenceItem(
            kind=kind or prepared.kind,
            caption=caption,
            original_name=name,
            media_type=prepared.media_type,
            size=len(prepared.data),
            sha256_original=hashlib.sha256(data).hexdigest(),
            sha256_stored=stored_hash,
            captured_at=capture.at,
            captured_at_source=capture.source,
            imported_at=utc_now(),
        )

    def _read_source(
        self, source: Path | bytes, original_name: str
    ) -> tuple[bytes, datetime | None, str]:
        if isinstance(source, bytes | bytearray):
            return bytes(source), None, original_name
        path = Path(source)
        name = original_name or path.name
        try:
            status = path.stat()
            if status.st_size > MAX_EVIDENCE_BYTES:
                raise UnsupportedEvidence("too_big", name=name)
            data = path.read_bytes()
        except OSError:
            raise UnsupportedEvidence("cannot_read", name=name) from None
        return data, datetime.fromtimestamp(status.st_mtime, UTC).astimezone(), name

    def adopt(self, sha256_stored: str, data: bytes) -> None:
        """Store bytes that already are a stored copy (from a case bundle), unchanged.

        The hash is checked first: a bundle cannot place a file under a wrong name."""
        _check_hash(sha256_stored)
        if hashlib.sha256(data).hexdigest() != sha256_stored:
            raise ValueError("content does not match its SHA-256")
        self._put(sha256_stored, data)

    def _put(self, sha256: str, data: bytes) -> None:
        target = self.path_for(sha256)
        self.unsaved.add(sha256)
        with self._writing():
            private_dir(target.parent)
            if target.exists() and target.stat().st_size == len(data):
                # Already stored: mark it recently used so garbage collection's grace
                # period protects it until the case that imports it is saved.
                with contextlib.suppress(OSError):
                    os.utime(target)
                return
            write_atomically(target, data)

    def path_for(self, sha256_stored: str) -> Path:
        """Where the stored copy with this hash lives (the hash is checked, never a path)."""
        _check_hash(sha256_stored)
        return self.folder / sha256_stored[:2] / sha256_stored

    def open_bytes(self, sha256_stored: str) -> bytes:
        """The stored copy's bytes; AttachmentMissing if gone or damaged."""
        path = self.path_for(sha256_stored)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise AttachmentMissing("attachment_missing", hash=sha256_stored[:12]) from None
        except OSError as error:
            raise unavailable_from_os(error, self.root) from error
        if hashlib.sha256(data).hexdigest() != sha256_stored:
            raise AttachmentMissing("attachment_damaged", hash=sha256_stored[:12])
        return data

    def exists(self, sha256_stored: str) -> bool:
        return self.path_for(sha256_stored).is_file()

    def thumbnail(self, sha256_stored: str, size: int = 256) -> Path:
        """A PNG at most `size` pixels wide and high, cached under root/thumbnails/.

        Pictures are shrunk; PDFs and text files get a plain page symbol (the UI
        shows their names next to it).
        """
        if not 16 <= size <= 2048:
            raise ValueError(f"thumbnail size out of range: {size}")
        name = f"{_check_hash(sha256_stored)}-{size}.png"
        target = self.thumbnail_folder / name
        if target.is_file():
            return target
        if self.read_only_thumbnails is not None:
            target = self.read_only_thumbnails / name
            if target.is_file():
                return target
        data = self.open_bytes(sha256_stored)
        picture = _page_symbol(size) if sniff_kind(data) != "image" else _shrunk(data, size)
        buffer = io.BytesIO()
        picture.save(buffer, "PNG")
        with self._writing():
            private_dir(target.parent)
            write_atomically(target, buffer.getvalue())
        return target

    def stored_hashes(self) -> Iterator[tuple[str, Path]]:
        if not self.folder.is_dir():
            return
        for shard in self.folder.iterdir():
            if not shard.is_dir():
                continue
            for path in shard.iterdir():
                if _HASH.match(path.name):
                    yield path.name, path

    def remove(self, sha256_stored: str) -> None:
        """Delete a stored file and its thumbnails (the caller knows no case uses it)."""
        path = self.path_for(sha256_stored)
        with self._writing():
            path.unlink(missing_ok=True)
            for thumb in self.thumbnail_folder.glob(f"{sha256_stored}-*.png"):
                thumb.unlink(missing_ok=True)

    def remove_unreferenced(self, referenced: Set[str], grace: timedelta) -> int:
        """Delete stored files not in `referenced` and untouched for `grace`; count them.

        The grace period protects a file imported a moment ago whose case has not
        been saved yet. Leftover temp files from a crash are cleared too.
        """
        cutoff = time.time() - grace.total_seconds()
        removed = 0
        with self._writing():
            for sha256, path in list(self.stored_hashes()):
                if sha256 in referenced or path.stat().st_mtime > cutoff:
                    continue
                self.remove(sha256)
                removed += 1
            for temp in self.folder.glob("*/.tmp-*"):
                if temp.stat().st_mtime <= cutoff:
                    temp.unlink()
            # Thumbnails whose stored file is gone (removed by an older version).
            if self.thumbnail_folder.is_dir():
                for thumb in self.thumbnail_folder.glob("*-*.png"):
                    if not self.exists_name(thumb.name.split("-", 1)[0]):
                        thumb.unlink(missing_ok=True)
        return removed

    def exists_name(self, name: str) -> bool:
        return bool(_HASH.match(name)) and self.exists(name)


def _shrunk(data: bytes, size: int) -> Image.Image:
    try:
        image = open_image(data)
    except ImageRejected as rejected:
        raise StoreError("attachment_damaged", hash="?") from rejected
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    image.thumbnail((size, size))
    return image


def _page_symbol(size: int) -> Image.Image:
    """A sheet of paper with a folded corner and a few lines, drawn without any text."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = size * 0.2, size * 0.08, size * 0.8, size * 0.92
    fold = size * 0.15
    outline = (90, 90, 90, 255)
    width = max(1, size // 64)
    draw.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill=(255, 255, 255, 255),
        outline=outline,
        width=width,
    )
    draw.line(
        [(right - fold, top), (right - fold, top + fold), (right, top + fold)], outline, width
    )
    step = (bottom - top - fold * 2) / 6
    for row in range(5):
        y = top + fold * 1.5 + row * step
        draw.line([(left + size * 0.08, y), (right - size * 0.08, y)], (160, 160, 160, 255), width)
    return image
