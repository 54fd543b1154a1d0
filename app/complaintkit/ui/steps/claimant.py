"""Step 2: about you, the person complaining."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from complaintkit.domain import PreferredContact
from complaintkit.flow import StepId
from complaintkit.ui.fields import EnumCombo
from complaintkit.ui.steps.base import StepPage


class ClaimantPage(StepPage):
    step_id = StepId.CLAIMANT

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        form = self.add_form()
        self.full_name = QLineEdit()
        self.bind(
            form,
            lambda: self.tr("Your full na&me"),
            self.full_name,
            lambda c: c.claimant,
            "full_name",
        )
        self.email = QLineEdit()
        self.bind(form, lambda: self.tr("Your &e-mail"), self.email, lambda c: c.claimant, "email")
        self.phone = QLineEdit()
        self.bind(form, lambda: self.tr("Your &phone"), self.phone, lambda c: c.claimant, "phone")
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(90)
        self.bind(
            form,
            lambda: self.tr("Postal &address"),
            self.address,
            lambda c: c.claimant,
            "postal_address",
        )
        self.preferred = EnumCombo(PreferredContact)
        self.bind(
            form,
            lambda: self.tr("&Reply to me by"),
            self.preferred,
            lambda c: c.claimant,
            "preferred_contact",
        )
        privacy = QLabel()
        privacy.setWordWrap(True)
        self.text(
            privacy.setText,
            lambda: self.tr(
                "These details stay on this computer. They appear only in the letter you send."
            ),
        )
        self.body_layout.addWidget(privacy)
        self.body_layout.addStretch(1)

    def title(self) -> str:
        return self.tr("About you")

    def help_text(self) -> str:
        return self.tr(
            "<p>Use the name on your account, so the firm can match the complaint to it.</p>"
            "<p>Give at least one way to reach you. An e-mail address leaves a written trail,"
            " which helps if you later go to an ombudsman or regulator.</p>"
        )
