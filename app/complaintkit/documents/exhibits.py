"""Evidence as exhibits: numbering, and images prepared for print.

Screenshots are decoded once through `imaging.open_image` (size limits, EXIF
upright), flattened to RGB, scaled to the pixels their printed size needs
(`exhibit_layout`: on-screen text stays legible) and re-encoded as JPEG with full
chroma (coloured UI text stays sharp). A size budget for the whole appendix picks
the resolution and quality: each image gets its share, and only an image whose
JPEG exceeds its share is prepared again at the next lower setting, so a letter
with a few screenshots keeps them at their best and one with eighty stays small
enough to e-mail. Prepared images are cached by content hash and settings
(`exhibit_cache`). A file that cannot be shown becomes a `Notice` with the
reason; the rest of the document renders regardless.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

from complaintkit.documents import exhibit_layout
from complaintkit.documents.exhibit_cache import ExhibitCache, Prepared
from complaintkit.documents.structure import Figure, Notice
from complaintkit.documents.wording import Words
from complaintkit.domain import Case, EvidenceItem
from complaintkit.imaging import ImageRejected, open_image
from complaintkit.locales import lookup

# Returns the bytes of an evidence file; raises (KeyError, OSError, ...) when it is missing.
EvidenceSource = Callable[[EvidenceItem], bytes]

# Best first: (dots per inch at the printed size, JPEG quality). The first keeps the
# capture's own pixels when they print at no more than 300 dpi (a full-HD desktop
# capture across the column: nothing is resampled, the cheapest and sharpest); 200 dpi
# keeps the smallest UI text crisp; 120 dpi at quality 65 is still readable, the floor.
SETTINGS = ((300, 82), (200, 80), (170, 76), (150, 72), (135, 68), (120, 65))
# Typical JPEG bytes per pixel of a screenshot at each quality: only to guess which
# setting to try first (the result is always measured against the budget).
_BYTES_PER_PIXEL = {82: 0.10, 80: 0.09, 76: 0.075, 72: 0.065, 68: 0.058, 65: 0.052}
# What the images of one letter may add up to: the letter stays under 8 MB.
APPENDIX_BUDGET = 7_000_000
# No single image needs more than this, however few there are.
MAX_IMAGE_BYTES = 900_000
# Part of every cache key: change it when preparation or the print-size rules change.
PREPARATION = (
    "v3",
    exhibit_layout.MM_PER_LOGICAL_PIXEL,
    exhibit_layout.HALF_MM,
    exhibit_layout.COLUMN_MM,
)


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


def _encode(image: Image.Image, dpi: int, quality: int) -> Prepared:
    size = exhibit_layout.print_pixels(image.width, image.height, dpi)
    # Bicubic: as sharp as Lanczos for text shrunk to 0.5-0.8, at two thirds the cost.
    shown = image if size == image.size else image.resize(size, Image.Resampling.BICUBIC)
    buffer = io.BytesIO()
    shown.save(buffer, format="JPEG", quality=quality, subsampling=0, optimize=True)
    width_mm = exhibit_layout.print_width_mm(image.width, image.height)
    least_mm = exhibit_layout.least_width_mm(image.width, image.height)
    return Prepared(buffer.getvalue(), shown.width, shown.height, width_mm, least_mm)


def _key(digest: str, dpi: int, quality: int) -> str:
    settings = hashlib.sha256(repr((PREPARATION, dpi, quality)).encode()).hexdigest()[:16]
    return f"{digest}-{settings}"


def prepare(
    data: bytes, budget: int = MAX_IMAGE_BYTES, cache: ExhibitCache | None = None
) -> Prepared:
    """The image for print at the best setting whose JPEG fits `budget` bytes (the
    last setting when none does). Decodes `data` at most once."""
    digest = hashlib.sha256(data).hexdigest()
    choice_key = f"{_key(digest, 0, 0)}-{budget}"
    if cache:
        # The same image and budget as before: the setting chosen then, not decoded.
        chosen = cache.get_choice(choice_key)
        if chosen is not None and 0 <= chosen < len(SETTINGS):
            prepared = cache.get(_key(digest, *SETTINGS[chosen]))
            if prepared is not None:
                return prepared
    image = _flatten(open_image(data))
    index = _first_setting(image.size, budget)
    while True:
        key = _key(digest, *SETTINGS[index])
        prepared = (cache.get(key) if cache else None) or _encode(image, *SETTINGS[index])
        if cache:
            cache.put(key, prepared)
        if len(prepared.jpeg) <= budget or index == len(SETTINGS) - 1:
            break
        # Too big: go straight to the setting this result predicts will fit.
        index = max(index + 1, _predicted_fit(prepared, index, budget))
    if cache:
        cache.put_choice(choice_key, index)
    return prepared


def _pixels(size: tuple[int, int], index: int) -> int:
    width, height = exhibit_layout.print_pixels(*size, SETTINGS[index][0])
    return width * height


def _first_setting(size: tuple[int, int], budget: int) -> int:
    """The best setting a typical screenshot fits the budget at; the own-pixels one
    only where it needs no resampling (else 200 dpi is as legible and smaller)."""
    start = 0 if exhibit_layout.print_pixels(*size, SETTINGS[0][0]) == size else 1
    for index in range(start, len(SETTINGS)):
        if _pixels(size, index) * _BYTES_PER_PIXEL[SETTINGS[index][1]] <= budget:
            return index
    return len(SETTINGS) - 1


def _predicted_fit(prepared: Prepared, index: int, budget: int) -> int:
    """The first lower setting at which this image's measured bytes per pixel predict
    a fit (for a photo, far denser than a screenshot, that skips several settings)."""
    measured = len(prepared.jpeg) / (prepared.width * prepared.height)
    pixels_now = prepared.width * prepared.height
    for candidate in range(index + 1, len(SETTINGS)):
        ratio = _BYTES_PER_PIXEL[SETTINGS[candidate][1]] / _BYTES_PER_PIXEL[SETTINGS[index][1]]
        scale = min(1.0, (SETTINGS[candidate][0] / SETTINGS[index][0]) ** 2)
        if pixels_now * scale * measured * ratio <= budget:
            return candidate
    return len(SETTINGS) - 1


def print_ready(data: bytes) -> tuple[bytes, int, int]:
    """Decode, flatten, downscale and re-encode an image for the PDF."""
    prepared = prepare(data)
    return prepared.jpeg, prepared.width, prepared.height


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
    case: Case,
    item: EvidenceItem,
    source: EvidenceSource,
    words: Words,
    budget: int = MAX_IMAGE_BYTES,
    cache: ExhibitCache | None = None,
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
        prepared = prepare(data, budget, cache)
    except ImageRejected as error:
        reason = str(lookup(words.language, "domain", f"errors.image.{error.code}")).format(
            detail=error.detail
        )
        return Notice(caption, words("appendix.unusable", reason=reason), facts)
    return Figure(
        prepared.jpeg,
        prepared.width,
        prepared.height,
        caption,
        facts,
        print_width_mm=prepared.print_width_mm,
        least_width_mm=prepared.least_width_mm,
        part_label=words("appendix.part", number="{number}", count="{count}"),
    )


def exhibits(
    case: Case,
    items: list[EvidenceItem],
    source: EvidenceSource,
    words: Words,
    cache: ExhibitCache | None = None,
) -> list[Figure | Notice]:
    """Every item as an exhibit, prepared on all cores (decoding and scaling release
    the GIL), sharing the appendix's size budget."""
    budget = max(1, min(MAX_IMAGE_BYTES, APPENDIX_BUDGET // max(1, len(items))))
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        return list(pool.map(lambda item: exhibit(case, item, source, words, budget, cache), items))


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
