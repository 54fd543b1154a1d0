"""How big a screenshot prints, so its on-screen text stays readable on paper.

A screenshot's pixels are not all alike: a phone draws one "logical" pixel with
three device pixels, a desktop with one. Printing every image at the column width
made a 1080-pixel-wide phone capture as wide as a desktop one and a 1080x7200 chat
scroll 23 mm wide. Here a logical pixel prints at about 0.22 mm (14-pixel UI text
comes out about 3 mm tall), capped by the column; phone captures and small crops
take half a column (shrunk a little if need be), two to a row, and a capture taller than a page is
shown in parts. The same rules decide the pixels prepared for print (`exhibits`)
and the layout (`render_pdf`), so nothing is prepared at a resolution that is
never printed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# The narrower text column of the two paper sizes (A4: 170 mm; Letter: 176 mm).
COLUMN_MM = 170.0
GAP_MM = 6.0
HALF_MM = (COLUMN_MM - GAP_MM) / 2
MM_PER_LOGICAL_PIXEL = 0.22
# The least a logical pixel may print at in half a column (14-pixel text: 1.4 mm, a
# little more than a full-HD desktop capture gets across the whole column).
MIN_HALF_MM_PER_LOGICAL_PIXEL = 0.10
# A whole-column capture that would just miss the room left on a page prints this much
# narrower at most (never below the legible floor above) rather than leave it white.
LEAST_SCALE = 0.7
# Tallest slice of a long capture on one page (A4 leaves 249 mm for caption and facts).
MAX_PART_MM = 180.0
# Consecutive parts share a strip, so a line of text cut at the edge is whole in one.
OVERLAP_MM = 4.0


def device_pixel_ratio(width: int, height: int) -> int:
    """A guess at how many image pixels make one on-screen pixel."""
    portrait = height > width
    if portrait and width >= 1000:
        return 3  # current phones: 1080, 1170, 1290 pixels wide
    if portrait and width >= 640:
        return 2
    if not portrait and width >= 2400:
        return 2  # high-density laptop and 4K desktop captures
    return 1


def print_width_mm(width: int, height: int) -> float:
    logical = width / device_pixel_ratio(width, height)
    natural = logical * MM_PER_LOGICAL_PIXEL
    # What stays legible in half a column goes there (two to a row), at most its
    # natural size; wider captures get what they need of the whole column.
    if logical * MIN_HALF_MM_PER_LOGICAL_PIXEL <= HALF_MM:
        return min(natural, HALF_MM)
    return min(natural, COLUMN_MM)


def least_width_mm(width: int, height: int) -> float:
    """The narrowest a capture may print to share a page and stay legible: its print
    width shrunk by LEAST_SCALE at most, never below the legible floor of its pixels."""
    logical = width / device_pixel_ratio(width, height)
    shown = print_width_mm(width, height)
    return min(shown, max(shown * LEAST_SCALE, logical * MIN_HALF_MM_PER_LOGICAL_PIXEL))


def is_half(width_mm: float) -> bool:
    return width_mm <= HALF_MM + 0.01


def print_pixels(width: int, height: int, dpi: float) -> tuple[int, int]:
    """The size to prepare an image at for `dpi` at its printed width (never larger)."""
    wanted = print_width_mm(width, height) / 25.4 * dpi
    scale = min(1.0, wanted / width)
    return max(1, round(width * scale)), max(1, round(height * scale))


@dataclass(frozen=True)
class Part:
    """A horizontal slice of an image, as fractions of its height from the top."""

    top: float
    height: float
    number: int
    count: int


def parts(height_mm: float, max_part_mm: float = MAX_PART_MM) -> list[Part]:
    """Slices of at most `max_part_mm` that overlap a little, covering the whole image."""
    if height_mm <= max_part_mm:
        return [Part(0.0, 1.0, 1, 1)]
    step = max_part_mm - OVERLAP_MM
    count = math.ceil((height_mm - OVERLAP_MM) / step)
    # Equal slices, each at most max_part_mm, that overlap by at least OVERLAP_MM.
    slice_mm = (height_mm + (count - 1) * OVERLAP_MM) / count
    return [
        Part(
            top=index * (slice_mm - OVERLAP_MM) / height_mm,
            height=slice_mm / height_mm,
            number=index + 1,
            count=count,
        )
        for index in range(count)
    ]
