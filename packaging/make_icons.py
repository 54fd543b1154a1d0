"""Render the app icon for the installers at build time.

The one drawing is resources/icons/complaintkit.svg (the running app uses it as is,
sharp at any DPI). This writes build/icons/complaintkit.png (1024 px), .ico
(Windows, 16-256 px) and .icns (macOS) from it. Generated, not committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "complaintkit.svg"


def render(size: int = 1024) -> Image.Image:
    _application = QGuiApplication.instance() or QGuiApplication(
        ["make_icons", "-platform", "offscreen"]
    )
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()))


def main(out_dir: str) -> None:
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    image = render()
    image.save(folder / "complaintkit.png")
    image.save(folder / "complaintkit.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    image.save(folder / "complaintkit.icns")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
