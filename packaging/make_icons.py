"""Draw the app icon (a folded letter with a check mark) at build time.

Writes build/icons/complaintkit.png (1024 px), .ico (Windows, 16-256 px) and
.icns (macOS). Generated, not committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    unit = size / 16
    draw.rounded_rectangle(
        (unit, unit, size - unit, size - unit), radius=3 * unit, fill=(31, 111, 235, 255)
    )
    # The letter: a white sheet with three lines of text.
    sheet = (4 * unit, 3 * unit, 12 * unit, 13 * unit)
    draw.rounded_rectangle(sheet, radius=0.6 * unit, fill=(255, 255, 255, 255))
    for row in range(3):
        top = (5 + 1.6 * row) * unit
        draw.rounded_rectangle(
            (5 * unit, top, 11 * unit, top + 0.6 * unit), radius=0.3 * unit, fill=(208, 215, 222)
        )
    # The check mark: the complaint is ready.
    draw.line(
        [(6 * unit, 10.6 * unit), (7.6 * unit, 12 * unit), (10.6 * unit, 9 * unit)],
        fill=(45, 164, 78, 255),
        width=int(1.1 * unit),
        joint="curve",
    )
    return image


def main(out_dir: str) -> None:
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(folder / "complaintkit.png")
    image.save(folder / "complaintkit.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    image.save(folder / "complaintkit.icns")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
