"""Evidence as exhibits: numbering, and images prepared for print.

Screenshots are decoded through `imaging.open_image` (size limits, EXIF upright),
flattened to RGB, downscaled so their text stays legible at print width without
bloating the PDF, and re-encoded as JPEG with full chroma (coloured UI text stays
sharp). A file that cannot be shown becomes a `Notice` with the reason; the rest
of the document renders regardless.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable

from PIL import Image

from complaintkit.documents.structure import Figure, Notice
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, EvidenceItem
from complaintkit.imaging import ImageRejected, open_image
from complaintkit.locales import lookup

# Returns the bytes of an evidence file; raises (KeyError, OSError, ...) when it is missing.
EvidenceSource = Callable[[EvidenceItem], bytes]

# About 200 dpi across a 17 cm text column: small print in a screenshot stays readable.
MAX_LONG_SIDE = 1600
JPEG_QUALITY = 80


def citations(case: Case, evidence_ids: list[str]) -> list[str]:
    numbers = case.exhibit_numbers()
    return [numbers[eid] for eid in evidence_ids if eid in numbers]


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N"):
        image = image.convert("I")
    if image.mode == "I":
        # 16-bit greyscale: scale to 8 bits instead of clipping to white.
        image = image.point(lambda value: value * (1 / 256)).convert("L")
    if image.mode == "F":
        image = image.convert("L")
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")


def print_ready(data: bytes) -> tuple[bytes, int, int]:
    """Decode, flatten, downscale and re-encode an image for the PDF."""
    image = _flatten(open_image(data))
    image.thumbnail((MAX_LONG_SIDE, MAX_LONG_SIDE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY, subsampling=0, optimize=True)
    return buffer.getvalue(), image.width, image.height


def _facts(item: EvidenceItem, data: bytes | None, words: Words) -> tuple[tuple[str, str], ...]:
    stored = item.sha256_stored or (hashlib.sha256(data).hexdigest() if data else None)
    original = item.sha256_original or stored
    unknown = words("appendix.unknown")
    facts = [
        (words("appendix.file_name"), item.original_name or unknown),
        (words("appendix.captured_at"), words.time(item.captured_at)),
        (words("appendix.sha256_original"), original or unknown),
    ]
    if stored and stored != original:
        facts.append((words("appendix.sha256_stored"), stored))
    return tuple(facts)


def exhibit(
    case: Case, item: EvidenceItem, source: EvidenceSource, words: Words
) -> Figure | Notice:
    number = case.exhibit_numbers()[item.id]
    caption = f"{number} · {item.caption or item.original_name or number}"
    try:
        data = source(item)
    except Exception:
        # Whatever the source's failure (no file, store error), the reader sees "missing".
        return Notice(caption, words("appendix.missing_file"), _facts(item, None, words))
    facts = _facts(item, data, words)
    if not _looks_like_image(item, data):
        media = item.media_type or words("appendix.unknown")
        return Notice(caption, words("appendix.not_an_image", media_type=media), facts)
    try:
        jpeg, width, height = print_ready(data)
    except ImageRejected as error:
        reason = str(lookup(words.language, "domain", f"errors.image.{error.code}")).format(
            detail=error.detail
        )
        return Notice(caption, words("appendix.unusable", reason=reason), facts)
    return Figure(jpeg, width, height, caption, facts)


def _looks_like_image(item: EvidenceItem, data: bytes) -> bool:
    if item.media_type.startswith("image/"):
        return True
    if item.media_type:
        return False
    # Hand-written JSON may leave the type out: judge by the file's first bytes.
    return not (data.startswith(b"%PDF-") or _is_text(data))


def _is_text(data: bytes) -> bool:
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
