"""When the platform may be the problem: the calm warning with its reasons, the plain
questions whose answers change the advice, the user's correction, and the payments.

The assessment itself is headless (`knowledge.scam_signals`); this panel only shows
it and writes the answers back through the page's bindings. The warning texts come
from the same catalog as the checklist (resources/locales/<lang>/scam.toml), so the
screen and the printed checklist say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from complaintkit.domain import Answer, Case, PaymentMethod, ScamAnswers, TrackChoice
from complaintkit.knowledge.scam_data import shipped_reporting_data
from complaintkit.knowledge.scam_signals import ScamAssessment, Signal, assess
from complaintkit.locales import lookup
from complaintkit.ui.fields import CheckGroup, ChoiceCombo, EnumCombo
from complaintkit.ui.steps.base import StepPage
from complaintkit.ui.transfers_editor import TransfersEditor

TRUTHS = ("no_ombudsman", "never_pay", "recovery_room", "fake_support")


def _countries(language: str) -> list[tuple[str, str]]:
    return [
        (key, str(lookup(language, "scam", f"countries.{key}")))
        for key in shipped_reporting_data().countries()
    ]


class ScamPanel(QGroupBox):
    """Lives on the platform step; `refresh()` re-reads the case after any edit."""

    def __init__(self, page: StepPage) -> None:
        super().__init__(page.body)
        self.page = page
        self.case: Case | None = None
        self._opened = False
        layout = QVBoxLayout(self)
        page.text(self.setTitle, lambda: self.tr("Is the platform itself the problem?"))

        self.closed_note = QLabel(self)
        self.closed_note.setWordWrap(True)
        page.text(
            self.closed_note.setText,
            lambda: self.tr(
                "If the platform asks for a fee to release your money, or you are no longer"
                " sure it is a real, licensed firm, answer a few questions here."
            ),
        )
        self.open_button = QPushButton(self)
        page.text(self.open_button.setText, lambda: self.tr("Check this platf&orm"))
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(self.closed_note, 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)

        self.content = QWidget(self)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.content)
        self.headline = QLabel(self.content)
        font = QFont(self.headline.font())
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        content.addWidget(self.headline)
        self.intro = QLabel(self.content)
        self.intro.setWordWrap(True)
        content.addWidget(self.intro)
        self.reasons = QVBoxLayout()
        content.addLayout(self.reasons)
        self.truths = QLabel(self.content)
        self.truths.setWordWrap(True)
        self.truths.setTextFormat(Qt.TextFormat.PlainText)
        self.truths.setFrameShape(QFrame.Shape.StyledPanel)
        content.addWidget(self.truths)
        self.restore_button = QPushButton(self.content)
        page.text(self.restore_button.setText, lambda: self.tr("Show the signs I dismissed again"))
        self.restore_button.clicked.connect(self._restore)
        content.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)

        questions = QLabel(self.content)
        questions.setWordWrap(True)
        page.text(questions.setText, lambda: self._scam_text("questions.title"))
        questions.setFont(font)
        content.addWidget(questions)
        form = page.add_form(self.content)
        content.addLayout(form)
        self.paid_by = CheckGroup(PaymentMethod, columns=3)
        page.bind(
            form,
            lambda: self._scam_text("questions.paid_by"),
            self.paid_by,
            lambda c: c.scam,
            "paid_by",
        )
        self.licence_known = EnumCombo(Answer)
        page.bind(
            form,
            lambda: self._scam_text("questions.licence_known"),
            self.licence_known,
            lambda c: c.scam,
            "licence_known",
        )
        self.asked_to_pay = EnumCombo(Answer)
        page.bind(
            form,
            lambda: self._scam_text("questions.asked_to_pay"),
            self.asked_to_pay,
            lambda c: c.scam,
            "asked_to_pay",
        )
        self.home_country = ChoiceCombo(_countries)
        page.bind(
            form,
            lambda: self._scam_text("questions.home_country"),
            self.home_country,
            lambda c: c.scam,
            "home_country",
        )
        self.address_as_seen = QLineEdit()
        page.bind(
            form,
            lambda: self.tr("The web address you actually used (as you saw it)"),
            self.address_as_seen,
            lambda c: c.platform,
            "address_as_seen",
        )
        self.police_reference = QLineEdit()
        page.bind(
            form,
            lambda: self.tr("Police crime reference number (when you have one)"),
            self.police_reference,
            lambda c: c.scam,
            "police_reference",
        )
        self.track = EnumCombo(TrackChoice)
        page.bind(
            form,
            lambda: self._scam_text("questions.correct"),
            self.track,
            lambda c: c.scam,
            "track",
        )
        payments = QLabel(self.content)
        payments.setWordWrap(True)
        page.text(
            payments.setText,
            lambda: self.tr(
                "Every payment you made to them, one by one: the police report and the letters"
                " to your bank or card issuer list each, with its date and time limit."
            ),
        )
        content.addWidget(payments)
        self.transfers = TransfersEditor(page.language, page.zone, page.text, self.content)
        self.transfers.edited.connect(page.on_field_edited)
        content.addWidget(self.transfers)
        page.edited.connect(self.refresh)
        self._reason_widgets: list[QWidget] = []

    def _scam_text(self, key: str) -> str:
        return str(lookup(self.page.language(), "scam", key))

    # -- the case -------------------------------------------------------------------

    def load(self, case: Case) -> None:
        self.case = case
        self.transfers.load(case)
        self.refresh()

    def retranslate(self) -> None:
        self.transfers.retranslate()
        self.refresh()

    def _applies(self, assessment: ScamAssessment) -> bool:
        case = self.case
        if case is None:
            return False
        answered = case.scam != ScamAnswers()
        return (
            assessment.worth_showing
            or bool(assessment.questions)
            or bool(case.transfers)
            or answered
        )

    def refresh(self) -> None:
        if self.case is None:
            return
        assessment = assess(self.case)
        show = self._opened or self._applies(assessment)
        self.content.setVisible(show)
        self.closed_note.setVisible(not show)
        self.open_button.setVisible(not show)
        self.headline.setText(self._headline(assessment))
        intro = {"likely": "intro.likely", "possible": "intro.possible"}.get(assessment.level)
        self.intro.setText(self._scam_text(intro) if intro else "")
        self.intro.setVisible(intro is not None)
        self._show_reasons(assessment.signals)
        truths = assessment.on_track or assessment.level == "likely"
        self.truths.setText("\n".join("• " + self._scam_text(f"truths.{k}") for k in TRUTHS))
        self.truths.setVisible(truths)
        self.restore_button.setVisible(bool(self.case.scam.dismissed_signals))

    def _headline(self, assessment: ScamAssessment) -> str:
        if assessment.choice is TrackChoice.SCAM and assessment.level != "likely":
            return self._scam_text("level.corrected_scam")
        if assessment.choice is TrackChoice.LICENSED and assessment.level != "none":
            return self._scam_text("level.corrected_licensed")
        return self._scam_text(f"level.{assessment.level}")

    def _show_reasons(self, signals: tuple[Signal, ...]) -> None:
        for widget in self._reason_widgets:
            self.reasons.removeWidget(widget)
            widget.hide()
            widget.setParent(None)  # out of the panel now, deleted once events run
            widget.deleteLater()
        self._reason_widgets = []
        for signal in signals:
            row = QWidget(self.content)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            where = self._scam_text(f"where.{signal.where}")
            detail = (
                self._scam_text("where.excerpt").format(where=where, excerpt=signal.excerpt)
                if signal.excerpt
                else where
            )
            text = QLabel(f"• {self._scam_text(f'signals.{signal.code}')}\n   {detail}", row)
            text.setTextFormat(Qt.TextFormat.PlainText)  # the excerpt is the user's own text
            text.setWordWrap(True)
            text.setObjectName(f"signal_{signal.code}")
            button = QPushButton(self.tr("Not right"), row)
            button.setObjectName(f"dismiss_{signal.code}")
            button.setAccessibleName(self.tr("This sign is not right for my case"))
            button.clicked.connect(lambda _checked=False, code=signal.code: self._dismiss(code))
            line.addWidget(text, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.reasons.addWidget(row)
            row.setVisible(not self.content.isHidden())  # a layout shows new rows only later
            self._reason_widgets.append(row)

    def _open(self) -> None:
        self._opened = True
        self.refresh()
        self.paid_by.setFocus()

    def _dismiss(self, code: str) -> None:
        if self.case is None:
            return
        self.case.scam.dismissed_signals = [*self.case.scam.dismissed_signals, code]
        self.page.edited.emit()

    def _restore(self) -> None:
        if self.case is None:
            return
        self.case.scam.dismissed_signals = []
        self.page.edited.emit()
