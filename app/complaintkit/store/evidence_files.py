"""Turning a file the user picked into the bytes the store keeps.

Pictures are decoded through `imaging.open_image` (size limits, orientation) and
re-encoded without any metadata, so a phone photo's GPS position never ends up
in a letter or a bundle. PDFs and UTF-8 text files are kept byte for byte.
Everything else is refused with a reason the user can read.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, tzinfo

from PIL import Image

from complaintkit.domain import EvidenceKind
from complaintkit.imaging import ImageRejected, open_header, open_image
from complaintkit.store.capture_time import exif_capture_time
from complaintkit.store.errors import UnsupportedEvidence

MAX_EVIDENCE_BYTES = 60 * 1024 * 1024
JPEG_QUALITY = 95

_MAKE = 271


@dataclass(frozen=True)
class PreparedEvidence:
    data: bytes
    media_type: str
    kind: EvidenceKind
    taken_at: datetime | None  # from the picture's own data (EXIF), if it says


def prepare(data: bytes, original_name: str, zone: tzinfo | None = None) -> PreparedEvidence:
    """`zone`: where a capture time without an offset is read (the case's time zone)."""
    name = original_name or "?"
    if not data:
        raise UnsupportedEvidence("empty", name=name)
    if len(data) > MAX_EVIDENCE_BYTES:
        raise UnsupportedEvidence("too_big", name=name)
    if data.startswith(b"%PDF-"):
        return PreparedEvidence(data, "application/pdf", EvidenceKind.DOCUMENT, None)
    if original_name.lower().endswith(".txt"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise UnsupportedEvidence("text_not_utf8", name=name) from None
        return PreparedEvidence(data, "text/plain", EvidenceKind.DOCUMENT, None)
    return _prepare_image(data, name, zone)


def _prepare_image(data: bytes, name: str, zone: tzinfo | None) -> PreparedEvidence:
    try:
        upright = open_image(data)
    except ImageRejected as rejected:
        code = "unsupported_type" if rejected.code == "image_unreadable" else rejected.code
        raise UnsupportedEvidence(code, name=name, detail=rejected.detail) from None
    with open_header(data) as header:
        source_format = header.format
        exif = header.getexif()
    stored = _without_metadata(upright, "JPEG" if source_format == "JPEG" else "PNG")
    media_type = "image/jpeg" if source_format == "JPEG" else "image/png"
    kind = EvidenceKind.PHOTO if exif.get(_MAKE) else EvidenceKind.SCREENSHOT
    return PreparedEvidence(stored, media_type, kind, exif_capture_time(exif, zone))


def _without_metadata(image: Image.Image, target_format: str) -> bytes:
    if image.mode == "P" or "transparency" in image.info:
        image = image.convert("RGBA")
    if target_format == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    if target_format == "PNG" and image.mode not in ("1", "L", "LA", "I;16", "RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    # A pixel-only copy: no EXIF, XMP, ICC profile, text chunks or comments survive.
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    buffer = io.BytesIO()
    if target_format == "JPEG":
        clean.save(buffer, "JPEG", quality=JPEG_QUALITY)
    else:
        clean.save(buffer, "PNG")
    return buffer.getvalue()


def sniff_kind(data: bytes) -> str:
    """'pdf', 'image' or 'text' for a stored file (for thumbnails)."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    try:
        with open_header(data):
            return "image"
    except Exception:
        return "text"
