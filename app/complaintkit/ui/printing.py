"""Printing a PDF through Qt: the system print dialog, then each page rendered at
about 300 dpi and drawn on the printer by a worker thread.

Qt allows a QPainter on a QPrinter outside the GUI thread, and the PDF document is
opened in that thread too, so a long appendix prints while the window stays live
and the user can cancel between pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

PRINT_DPI = 300  # sharp text and screenshots without the printer's maximum


class PrinterNotStarted(OSError):
    """The printer (or the PDF file it prints to) could not be opened."""


class PrintCancelled(Exception):
    pass


def page_count(pdf: Path) -> int:
    document = QPdfDocument()
    document.load(str(pdf))
    try:
        return document.pageCount()
    finally:
        document.close()


def ask_print_settings(printer: QPrinter, pages: int, parent: QWidget) -> bool:
    """The system print dialog: printer, copies, page range, and printing to a PDF
    file where the system offers it. True when the user pressed Print."""
    dialog = QPrintDialog(printer, parent)
    options = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(
        options.PrintToFile | options.PrintPageRange | options.PrintCollateCopies
        | options.PrintShowPageSize
    )
    dialog.setMinMax(1, max(pages, 1))
    dialog.setFromTo(1, max(pages, 1))
    return dialog.exec() == QDialog.DialogCode.Accepted


def pages_to_print(printer: QPrinter, pages: int) -> list[int]:
    """Zero-based page numbers in print order, copies included when the driver
    cannot make them itself."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or (first == 0 and last == 0):
        first, last = 1, pages
    chosen = [p - 1 for p in range(max(first, 1), min(last, pages) + 1)]
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        return [page for _copy in range(copies) for page in chosen]
    return [page for page in chosen for _copy in range(copies)]


def print_pdf(
    pdf: Path,
    printer: QPrinter,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> int:
    """Print `pdf` on `printer` (run on a worker); returns the pages printed."""
    document = QPdfDocument()
    document.load(str(pdf))
    painter = QPainter()
    try:
        queue = pages_to_print(printer, document.pageCount())
        progress(0, len(queue))
        if not painter.begin(printer):
            raise PrinterNotStarted("the printer could not be started")
        for done, page in enumerate(queue):
            if cancelled():
                printer.abort()  # nothing half-printed goes to the printer
                raise PrintCancelled
            if done:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI)
            )
            image = document.render(page, size)
            target = painter.viewport()
            fitted = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), fitted), image)
            progress(done + 1, len(queue))
        return len(queue)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
