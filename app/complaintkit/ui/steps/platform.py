"""Step 1: the platform and the account (and a short title for the case list)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from complaintkit.domain import Case, Language, PlatformKind
from complaintkit.flow import StepId, suggested_letter_language
from complaintkit.knowledge.bodies import jurisdictions
from complaintkit.ui.fields import ChoiceCombo, EnumCombo
from complaintkit.ui.scam_panel import ScamPanel
from complaintkit.ui.steps.base import StepPage


class PlatformPage(StepPage):
    step_id = StepId.PLATFORM

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        form = self.add_form()
        self.title_edit = QLineEdit()
        self.bind(form, lambda: self.tr("Case &title"), self.title_edit, lambda c: c, "title")
        self.kind = EnumCombo(PlatformKind)
        self.bind(
            form, lambda: self.tr("&Kind of platform"), self.kind, lambda c: c.platform, "kind"
        )
        self.name = QLineEdit()
        self.bind(form, lambda: self.tr("&Platform name"), self.name, lambda c: c.platform, "name")
        self.account = QLineEdit()
        self.bind(
            form,
            lambda: self.tr("Your &account number"),
            self.account,
            lambda c: c.platform,
            "account_id",
        )
        self.jurisdiction = ChoiceCombo(jurisdictions)
        where = self.bind(
            form,
            lambda: self.tr("Where the platform is &regulated"),
            self.jurisdiction,
            lambda c: c.platform,
            "jurisdiction",
        )
        where.edited.connect(self._follow_jurisdiction)
        # Asked here, early: a mainland broker needs a Chinese letter whatever the UI says.
        self.letter_language = EnumCombo(Language)
        self._letter_binding = self.bind(
            form,
            lambda: self.tr("Lan&guage of the letter"),
            self.letter_language,
            lambda c: c,
            "letter_language",
        )
        self._letter_binding.edited.connect(self._letter_language_chosen)
        self.licence = QLineEdit()
        self.bind(
            form,
            lambda: self.tr("Licence n&umber (if known)"),
            self.licence,
            lambda c: c.platform,
            "licence_number",
        )
        self.complaint_email = QLineEdit()
        self.bind(
            form,
            lambda: self.tr("Complaints &e-mail"),
            self.complaint_email,
            lambda c: c.platform,
            "complaint_email",
        )
        self.hotline = QLineEdit()
        self.bind(
            form,
            lambda: self.tr("Complaints hotl&ine"),
            self.hotline,
            lambda c: c.platform,
            "hotline",
        )
        self.website = QLineEdit()
        self.bind(form, lambda: self.tr("&Website"), self.website, lambda c: c.platform, "website")
        self.title_edit.setFocus()
        note = QLabel()
        note.setWordWrap(True)
        self.text(
            note.setText,
            lambda: self.tr(
                "Not sure where it is regulated? Look at the bottom of the platform's website or"
                ' its app\'s "About" page for a licence number. If you find none, choose'
                ' "Offshore or unlicensed platform".'
            ),
        )
        self.body_layout.addWidget(note)
        # When the platform itself may be the problem (scam warning, questions, payments).
        self.scam_panel = ScamPanel(self)
        self.body_layout.addWidget(self.scam_panel)
        self.body_layout.addStretch(1)
        self.title_edit.setPlaceholderText("")
        self.text(
            self.title_edit.setPlaceholderText,
            lambda: self.tr('A few words for your own list, e.g. "Withdrawal stuck"'),
        )

    def _letter_language_chosen(self) -> None:
        if self.case is not None:
            self.case.letter_language_chosen = True

    def _follow_jurisdiction(self) -> None:
        case = self.case
        if case is None or case.letter_language_chosen:
            return
        suggested = Language(
            suggested_letter_language(case.platform.jurisdiction, self.language())
        )
        if suggested is not case.letter_language:
            case.letter_language = suggested
            self._letter_binding.load(case)
            self.edited.emit()

    def load(self, case: Case) -> None:
        super().load(case)
        self.scam_panel.load(case)

    def retranslate(self) -> None:
        super().retranslate()
        self.scam_panel.retranslate()

    def title(self) -> str:
        return self.tr("Platform and account")

    def help_text(self) -> str:
        return self.tr(
            "<p>Name the firm exactly as it appears on your statements, and give your account"
            " number: the complaints team needs it to find you.</p>"
            '<p>The complaints e-mail or hotline is usually on the website\'s "Contact" or'
            ' "Complaints" page. Where the platform is regulated decides who can help if'
            " the firm does not put things right.</p>"
        )
