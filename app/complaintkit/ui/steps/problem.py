"""Step 3: what went wrong. The questions that follow depend on the categories chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from complaintkit.domain import Case, ProblemCategory
from complaintkit.domain.models import CATEGORY_DETAILS, Model
from complaintkit.flow import StepId
from complaintkit.ui.evidence_picker import EvidencePicker
from complaintkit.ui.fields import CheckGroup, DateTimeField, MoneyField
from complaintkit.ui.steps.base import StepPage


def _short_text(parent: QWidget | None = None) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(70)
    return edit


class ProblemPage(StepPage):
    step_id = StepId.PROBLEM

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        intro = QLabel()
        intro.setWordWrap(True)
        self.text(intro.setText, lambda: self.tr("Tick everything that happened:"))
        self.body_layout.addWidget(intro)
        self.categories = CheckGroup(ProblemCategory, columns=2)
        self.categories.toggled.connect(self._show_groups)
        form = self.add_form()
        self.bind(
            form,
            lambda: self.tr("What went wrong"),
            self.categories,
            lambda c: c.problem,
            "categories",
        )
        # The exhibits that show the problem itself; Review's "nothing shows it" lands here.
        self.evidence = EvidencePicker()
        self.bind(
            form,
            lambda: self.tr("Evidence that &shows it"),
            self.evidence,
            lambda c: c.problem,
            "evidence_ids",
        )
        zone = self.zone
        self.groups: dict[ProblemCategory, QGroupBox] = {}

        f = self._group(ProblemCategory.WITHDRAWAL, lambda: self.tr("Your withdrawal"))
        self.withdrawal_requested = DateTimeField(zone)
        self._detail(
            f,
            lambda: self.tr("Requested on"),
            self.withdrawal_requested,
            "withdrawal",
            "requested_at",
        )
        self.withdrawal_amount = MoneyField()
        self._detail(f, lambda: self.tr("Amount"), self.withdrawal_amount, "withdrawal", "amount")
        self.withdrawal_reference = QLineEdit()
        self._detail(
            f,
            lambda: self.tr("Withdrawal number the platform shows"),
            self.withdrawal_reference,
            "withdrawal",
            "reference",
        )
        self.withdrawal_destination = QLineEdit()
        self._detail(
            f,
            lambda: self.tr("To (bank account or wallet address)"),
            self.withdrawal_destination,
            "withdrawal",
            "destination",
        )
        self.withdrawal_status = QLineEdit()
        self._detail(
            f,
            lambda: self.tr("Status the platform shows"),
            self.withdrawal_status,
            "withdrawal",
            "status_shown",
        )
        self.withdrawal_reasons = _short_text()
        self._detail(
            f,
            lambda: self.tr("Reasons they gave for the delay"),
            self.withdrawal_reasons,
            "withdrawal",
            "reasons_given",
        )

        f = self._group(ProblemCategory.FROZEN, lambda: self.tr("Your frozen account"))
        self.frozen_at = DateTimeField(zone)
        self._detail(f, lambda: self.tr("Frozen since"), self.frozen_at, "freeze", "frozen_at")
        self.freeze_amount = MoneyField()
        self._detail(
            f,
            lambda: self.tr("Money held in the account"),
            self.freeze_amount,
            "freeze",
            "amount_held",
        )
        self.freeze_reason = _short_text()
        self._detail(
            f, lambda: self.tr("Reason they gave"), self.freeze_reason, "freeze", "reason_given"
        )
        self.freeze_requested = _short_text()
        self._detail(
            f,
            lambda: self.tr("Documents they asked for"),
            self.freeze_requested,
            "freeze",
            "documents_requested",
        )
        self.freeze_supplied = _short_text()
        self._detail(
            f,
            lambda: self.tr("Documents you sent, and when"),
            self.freeze_supplied,
            "freeze",
            "documents_supplied",
        )

        f = self._group(ProblemCategory.SECURITY, lambda: self.tr("Unauthorised access"))
        self.security_noticed = DateTimeField(zone)
        self._detail(
            f, lambda: self.tr("When you noticed"), self.security_noticed, "security", "noticed_at"
        )
        self.security_reported = DateTimeField(zone)
        self._detail(
            f,
            lambda: self.tr("When you reported it to the platform"),
            self.security_reported,
            "security",
            "reported_at",
        )
        self.security_activity = _short_text()
        self._detail(
            f,
            lambda: self.tr("What was done without you"),
            self.security_activity,
            "security",
            "unauthorised_activity",
        )
        self.security_response = _short_text()
        self._detail(
            f,
            lambda: self.tr("What the platform said"),
            self.security_response,
            "security",
            "platform_response",
        )

        f = self._group(ProblemCategory.OUTAGE, lambda: self.tr("The outage"))
        self.outage_tried = _short_text()
        self._detail(
            f,
            lambda: self.tr("What you tried (app, website, phone)"),
            self.outage_tried,
            "outage",
            "what_tried",
        )
        self.outage_positions = _short_text()
        self._detail(
            f,
            lambda: self.tr("Positions or orders you could not manage"),
            self.outage_positions,
            "outage",
            "positions_affected",
        )

        f = self._group(ProblemCategory.DISPUTE, lambda: self.tr("The disputed decision"))
        self.dispute_rule = _short_text()
        self._detail(
            f,
            lambda: self.tr("The rule or term you rely on"),
            self.dispute_rule,
            "dispute",
            "rule_relied_on",
        )
        self.dispute_ruling = _short_text()
        self._detail(
            f,
            lambda: self.tr("What the platform decided"),
            self.dispute_ruling,
            "dispute",
            "platform_ruling",
        )
        self.dispute_why = _short_text()
        self._detail(
            f,
            lambda: self.tr("Why you think it is wrong"),
            self.dispute_why,
            "dispute",
            "why_wrong",
        )
        self.body_layout.addStretch(1)
        self._show_groups()

    def _group(self, category: ProblemCategory, caption: Callable[[], str]):
        group = QGroupBox(self.body)
        self.text(group.setTitle, caption)
        form = self.add_form(group)
        group.setLayout(form)
        self.body_layout.addWidget(group)
        self.groups[category] = group
        return form

    def _detail(self, form, caption, widget, part: str, name: str) -> None:
        details_type = next(t for n, t in CATEGORY_DETAILS.values() if n == part)
        blank = details_type()

        def owner(case: Case) -> Model:
            return getattr(case.problem, part) or blank

        def create(case: Case) -> None:
            if getattr(case.problem, part) is None:
                setattr(case.problem, part, details_type())

        self.bind(form, caption, widget, owner, name, create=create)

    def _show_groups(self) -> None:
        chosen = self.categories.value()
        for category, group in self.groups.items():
            group.setVisible(category in chosen)

    def load(self, case: Case) -> None:
        self.evidence.show_evidence(case)
        super().load(case)
        self._show_groups()

    def title(self) -> str:
        return self.tr("What went wrong")

    def help_text(self) -> str:
        return self.tr(
            "<p>Tick every kind of problem you had; more questions appear for some of them.</p>"
            "<p>Answer with facts you can show: dates, amounts, what the screen said. A"
            " complaints team acts on specifics, not on how bad it felt.</p>"
        )
