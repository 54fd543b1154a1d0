"""The app's look: one type scale, generous spacing, the primary action visibly primary.

Colours come from the palette (`palette(highlight)` and friends), so the same rules
read on light and dark themes; only sizes and spacing are fixed here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

# Applied to the main window (its dialogs keep the system's own look).
STYLE = """
QLabel[role="step-title"] { font-size: 15pt; font-weight: 600; padding: 2px 0 0 0; }
QLabel[role="step-progress"] { font-size: 9pt; padding: 0 0 6px 0; }
QLabel[role="case-title"] { font-size: 12pt; font-weight: 600; }
QLabel[role="empty"] { font-style: italic; padding: 10px 4px; }
QGroupBox { font-weight: 600; margin-top: 12px; padding-top: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 4px; padding: 0 4px; }
QListWidget#steps { padding: 4px; }
QListWidget#steps::item { padding: 6px 6px; }
QPushButton[primary="true"] {
    background-color: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(highlight); border-radius: 4px;
    padding: 5px 16px; font-weight: 600;
}
QPushButton[primary="true"]:disabled {
    background-color: palette(midlight); color: palette(mid); border-color: palette(midlight);
}
"""


def mark(widget: QWidget, role: str) -> None:
    """Give a label its place in the type scale (step-title, step-progress, empty, ...)."""
    widget.setProperty("role", role)


def mark_primary(button: QAbstractButton) -> None:
    """The one action a page is for (Next, Generate, New case)."""
    button.setProperty("primary", True)


def empty_state(parent: QWidget | None = None) -> QLabel:
    """A friendly line shown where a list is still empty."""
    label = QLabel(parent)
    label.setWordWrap(True)
    mark(label, "empty")
    return label
