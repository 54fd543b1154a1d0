"""Prepared exhibits kept in the data folder, so an unchanged case renders fast.

Decoding a full-HD PNG and re-encoding it for print is most of the time a letter
with screenshots takes. The result depends only on the file's content and on the
preparation settings, so it is stored under a key made of both: a changed file or
changed settings is simply another key. Entries are written to a temporary name
and renamed (a crash leaves no half entry), checked when read (anything odd is
prepared again), and the least recently used are dropped beyond a size limit.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from complaintkit.imaging import open_header

FOLDER_NAME = "exhibit-cache"
MAX_BYTES = 300 * 1024 * 1024


@dataclass(frozen=True)
class Prepared:
    """An image ready for the PDF: JPEG bytes, their size, how wide it prints."""

    jpeg: bytes
    width: int
    height: int
    print_width_mm: float
    # The narrowest it may print and stay legible (exhibit_layout.least_width_mm).
    least_width_mm: float


class ExhibitCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _paths(self, key: str) -> tuple[Path, Path]:
        base = self.folder / key[:2] / key
        return base.with_suffix(".jpg"), base.with_suffix(".json")

    def get(self, key: str) -> Prepared | None:
        image_path, facts_path = self._paths(key)
        try:
            facts = json.loads(facts_path.read_text(encoding="utf-8"))
            jpeg = image_path.read_bytes()
            header = open_header(jpeg)
            prepared = Prepared(
                jpeg,
                int(facts["width"]),
                int(facts["height"]),
                float(facts["print_width_mm"]),
                float(facts["least_width_mm"]),
            )
        except (OSError, ValueError, KeyError, TypeError, SyntaxError):
            return None
        if header.format != "JPEG" or header.size != (prepared.width, prepared.height):
            return None
        with suppress(OSError):
            os.utime(image_path)  # recently used: kept when the cache is pruned
        return prepared

    def put(self, key: str, prepared: Prepared) -> None:
        """Store an entry; a cache that cannot be written is no reason to fail a letter."""
        image_path, facts_path = self._paths(key)
        facts = {
            "width": prepared.width,
            "height": prepared.height,
            "print_width_mm": prepared.print_width_mm,
            "least_width_mm": prepared.least_width_mm,
        }
        with suppress(OSError):
            image_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _write(image_path, prepared.jpeg)
            _write(facts_path, json.dumps(facts).encode())

    def get_choice(self, key: str) -> int | None:
        """Which setting was chosen for an image and a budget (see exhibits.prepare)."""
        try:
            return int((self.folder / key[:2] / f"{key}.choice").read_text(encoding="ascii"))
        except (OSError, ValueError):
            return None

    def put_choice(self, key: str, index: int) -> None:
        path = self.folder / key[:2] / f"{key}.choice"
        with suppress(OSError):
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _write(path, str(index).encode("ascii"))

    def prune(self, max_bytes: int = MAX_BYTES) -> None:
        """Drop the least recently used entries until the cache is under `max_bytes`."""
        with suppress(OSError):
            entries = []
            for path in self.folder.glob("*/*.jpg"):
                stat = path.stat()
                entries.append((stat.st_mtime, stat.st_size, path))
            total = sum(size for _mtime, size, _path in entries)
            for _mtime, size, path in sorted(entries):
                if total <= max_bytes:
                    break
                path.unlink(missing_ok=True)
                path.with_suffix(".json").unlink(missing_ok=True)
                total -= size
            # Choices are a few bytes each: those of images no longer kept go too.
            kept = {path.name.split("-")[0] for path in self.folder.glob("*/*.jpg")}
            for choice in self.folder.glob("*/*.choice"):
                if choice.name.split("-")[0] not in kept:
                    choice.unlink(missing_ok=True)


def _write(target: Path, data: bytes) -> None:
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=target.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
