"""Printing a PDF through Qt: each page rendered at about 300 dpi, one page per step.

`PrintJob.step()` does one page, so the caller can run it from a timer and the
window keeps repainting (and the user can cancel) while a long appendix prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # sharp text and screenshots without the printer's maximum


class PrintJob:
    def __init__(self, pdf: Path, printer: QPrinter) -> None:
        self.document = QPdfDocument()
        self.document.load(str(pdf))
        self.printer = printer
        pages = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:  # no range chosen: everything
            first, last = 1, pages
        self.pages = [p - 1 for p in range(max(first, 1), min(last, pages) + 1)]
        # Copies: the driver makes them when it can; otherwise each page is repeated.
        self.copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        self.queue = [page for _copy in range(self.copies) for page in self.pages]
        self.done = 0
        self._painter: QPainter | None = None

    @property
    def total(self) -> int:
        return len(self.queue)

    def step(self) -> bool:
        """Print the next page; False when there is nothing left."""
        if self.done >= len(self.queue):
            self.finish()
            return False
        if self._painter is None:
            self._painter = QPainter()
            if not self._painter.begin(self.printer):
                raise OSError("the printer could not be started")
        elif self.done:
            self.printer.newPage()
        page = self.queue[self.done]
        points = self.document.pagePointSize(page)
        size = QSize(
            round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI)
        )
        image = self.document.render(page, size)
        target = self._painter.viewport()
        fitted = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        self._painter.drawImage(QRect(target.topLeft(), fitted), image)
        self.done += 1
        return True

    def finish(self) -> None:
        if self._painter is not None and self._painter.isActive():
            self._painter.end()
        self.document.close()
