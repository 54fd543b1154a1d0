"""The first-run screen: what the app does, in one screen, and the demo case on offer."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    """Returns `DEMO` (open the demo case) or `START` (an empty case) or rejected."""

    DEMO, START = 2, 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Complaint Kit"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "<h2>Your complaint, organised</h2>"
                "<p>If a trading platform let you down (slow or crashed servers, a withdrawal"
                " that never arrived, a frozen or stolen account, support that never answers),"
                " Complaint Kit helps you put it in writing.</p>"
                "<ol><li>Answer a few questions, step by step: the platform, what went wrong,"
                " when, and which orders were affected.</li>"
                "<li>Add your screenshots and the history of every contact with the firm.</li>"
                "<li>Get a clear complaint letter, an evidence appendix and a checklist of next"
                " steps, as PDF files ready to print or e-mail.</li></ol>"
                "<p>Everything stays on this computer and is saved as you type.</p>"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(self)
        demo = QPushButton(self.tr("Look at an &example case first"))
        start = QPushButton(self.tr("&Start my own case"))
        start.setDefault(True)
        buttons.addButton(demo, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(start, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        demo.clicked.connect(lambda: self.done(self.DEMO))
        start.clicked.connect(lambda: self.done(self.START))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
