"""Step 8: what you want: the remedies, the amount, and how long the firm has to reply."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from complaintkit.domain import Case, RemedyKind
from complaintkit.flow import StepId
from complaintkit.ui.fields import CheckGroup, MoneyField
from complaintkit.ui.steps.base import StepPage


class RemedyPage(StepPage):
    step_id = StepId.REMEDY

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        form = self.add_form()
        self.kinds = CheckGroup(RemedyKind, columns=2)
        self.bind(
            form, lambda: self.tr("What you ask for"), self.kinds, lambda c: c.remedy, "kinds"
        )
        self.compensation = MoneyField()
        self.compensation_binding = self.bind(
            form,
            lambda: self.tr("Com&pensation asked"),
            self.compensation,
            lambda c: c.remedy,
            "compensation",
        )
        self.use_total = QPushButton()
        self.use_total.clicked.connect(self._use_total)
        form.addRow("", self.use_total)
        self.details = QPlainTextEdit()
        self.details.setTabChangesFocus(True)
        self.details.setMaximumHeight(100)
        self.bind(
            form,
            lambda: self.tr("&Anything else you ask for"),
            self.details,
            lambda c: c.remedy,
            "details",
        )
        self.deadline = QSpinBox()
        self.deadline.setRange(1, 90)
        self.bind(
            form,
            lambda: self.tr("&Days the firm has to reply"),
            self.deadline,
            lambda c: c.remedy,
            "reply_deadline_days",
        )
        self.text(self.deadline.setSuffix, lambda: self.tr(" days"))
        note = QLabel()
        note.setWordWrap(True)
        self.text(
            note.setText,
            lambda: self.tr(
                "14 days is a fair first deadline. Many schemes let you escalate after the firm's"
                " final response or after 8 weeks, whichever comes first."
            ),
        )
        self.body_layout.addWidget(note)
        self.body_layout.addStretch(1)

    def _totals(self) -> list:
        return self.case.computed_loss() if self.case is not None else []

    def load(self, case: Case) -> None:
        super().load(case)
        self._show_total_button()

    def retranslate(self) -> None:
        super().retranslate()
        self._show_total_button()

    def _show_total_button(self) -> None:
        totals = self._totals()
        self.use_total.setVisible(len(totals) == 1)
        if len(totals) == 1:
            self.use_total.setText(
                self.tr("Ask for the loss from your orders (%1)").replace("%1", totals[0].format())
            )

    def _use_total(self) -> None:
        totals = self._totals()
        if len(totals) == 1:
            self.compensation.set_value(totals[0])

    def title(self) -> str:
        return self.tr("What you want")

    def help_text(self) -> str:
        return self.tr(
            "<p>Say exactly what would put things right: the amount, the withdrawal paid, the"
            " account unfrozen, a written explanation.</p>"
            "<p>A clear request with an amount and a reply date is easier to grant, and it"
            " starts the clock for escalating if the firm does not answer.</p>"
        )
