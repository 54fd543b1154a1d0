"""The support record on the contacts step (issue 20): which channel to use, how the
firm's support behaved, the stages it reached and its offer.

Everything shown is computed headless (knowledge.support_record, channel_advice,
offer; the wording of figures comes from resources/locales/<lang>/support.toml, the
same lines the checklist prints); this module only lays it out and binds the
stage and offer fields to the case. `attach_support` puts it on a page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from complaintkit.domain import Case, ContactEvent, timing
from complaintkit.domain.enums import EvidenceKind, FirmStage, OfferDecision
from complaintkit.domain.models import FirmOffer, StageRecord
from complaintkit.knowledge.channel_advice import advice_key, channel_advice
from complaintkit.knowledge.support_record import support_record
from complaintkit.locales import lookup
from complaintkit.ui.evidence_picker import EvidencePicker
from complaintkit.ui.fields import (
    DateTimeField,
    EnumCombo,
    MoneyField,
    assign,
    error_label,
    show_error,
)
from complaintkit.ui.steps.base import StepPage

if TYPE_CHECKING:
    from complaintkit.documents.wording import Words


def _words(page: StepPage) -> Words:
    # Documents load on first use: importing any of them loads reportlab (over a second
    # before the first case could open).
    from complaintkit.documents.wording import Words

    case = page.case
    zone = timing.case_zone(case) if case is not None else ZoneInfo(page.zone())
    return Words(page.language(), "support", zone)


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text never becomes markup
    return label


class SupportSummary(QGroupBox):
    """Every figure of the support record, one line each, ☑ for what speaks for the firm."""

    def __init__(self, page: StepPage) -> None:
        super().__init__(page.body)
        self._page = page
        self.lines = _plain_label(self)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)
        page.text(self.setTitle, lambda: self.tr("How the firm's support handled it"))

    def refresh(self) -> None:
        page = self._page
        if page.case is None:
            return
        record = support_record(page.case, page.now())
        from complaintkit.documents.support_text import checklist_lines

        lines = checklist_lines(record, _words(page))
        self.lines.setText("\n".join(("☑ " if line.done else "☐ ") + line.text for line in lines))


class ChannelAdvice(QGroupBox):
    """Which channel to use for the problems chosen: the urgent one first."""

    def __init__(self, page: StepPage) -> None:
        super().__init__(page.body)
        self._page = page
        self.advice = _plain_label(self)
        QVBoxLayout(self).addWidget(self.advice)
        page.text(self.setTitle, lambda: self.tr("Which channel to use"))

    def refresh(self) -> None:
        page = self._page
        if page.case is None:
            return
        w = _words(page)
        advice = channel_advice(page.case)
        self.advice.setText("\n\n".join(w(advice_key(category)) for category, _ in advice))
        self.setVisible(bool(advice))


class StagesPanel(QGroupBox):
    """The firm's handling stages, each with the date its document shows."""

    def __init__(self, page: StepPage) -> None:
        super().__init__(page.body)
        self._page = page
        self._loading = False
        layout = QVBoxLayout(self)
        self.intro = _plain_label(self)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(1, page.time_delegate())
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table)
        self.error = error_label(self)
        layout.addWidget(self.error)
        # The firm's message that shows the selected stage (its acknowledgement, its
        # final response letter).
        self.evidence_label = QLabel(self)
        layout.addWidget(self.evidence_label)
        self.evidence = EvidencePicker(self)
        self.evidence.changed.connect(self._evidence_ticked)
        layout.addWidget(self.evidence)
        self.table.currentCellChanged.connect(lambda *_: self._show_evidence())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_stage)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_stage)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        page.text(self.setTitle, lambda: self.tr("Where the firm says it is"))
        page.text(
            self.intro.setText,
            lambda: self.tr(
                "Record each stage the firm tells you about, on the date of its message"
                " (keep the message as evidence). A final response changes the dates that"
                " follow: the ombudsman's wait ends and its time limit starts."
            ),
        )
        page.text(
            self.evidence_label.setText,
            lambda: self.tr("The firm's message that shows this stage:"),
        )
        page.text(self.evidence.setAccessibleName, lambda: self.tr("Evidence of the stage"))
        page.text(self.add_button.setText, lambda: self.tr("Add a stage"))
        page.text(self.remove_button.setText, lambda: self.tr("Remove the stage"))
        page.text(self.table.setAccessibleName, lambda: self.tr("The firm's handling stages"))

    def _stages(self) -> list[StageRecord]:
        return self._page.case.firm_stages if self._page.case is not None else []

    def refresh(self) -> None:
        page = self._page
        self._loading = True
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("On"), self.tr("Note")])
        stages = self._stages()
        self.table.setRowCount(len(stages))
        for row, record in enumerate(stages):
            combo = EnumCombo(FirmStage)
            combo.retranslate(page.language())
            combo.set_value(record.stage)
            combo.currentIndexChanged.connect(
                lambda _index, r=record, c=combo: self._set(r, "stage", c.value())
            )
            self.table.setCellWidget(row, 0, combo)
            self.table.setItem(row, 1, QTableWidgetItem(page.show_time(record.at)))
            self.table.setItem(row, 2, QTableWidgetItem(record.note))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.remove_button.setEnabled(bool(stages))
        self._loading = False
        if page.case is not None:
            self.evidence.show_evidence(page.case)
        self._show_evidence()

    def _selected(self) -> StageRecord | None:
        stages, row = self._stages(), self.table.currentRow()
        return stages[row] if 0 <= row < len(stages) else None

    def _show_evidence(self) -> None:
        record = self._selected()
        self.evidence.setEnabled(record is not None)
        self.evidence.set_value(record.evidence_ids if record is not None else [])

    def _evidence_ticked(self) -> None:
        record = self._selected()
        if record is not None:
            self._set(record, "evidence_ids", self.evidence.value())

    def _item_changed(self, item: QTableWidgetItem) -> None:
        stages = self._stages()
        if self._loading or not 0 <= item.row() < len(stages):
            return
        record = stages[item.row()]
        if item.column() == 2:
            self._set(record, "note", item.text())
            return
        try:
            moment = self._page.read_time(item.text())
        except ValueError as bad:
            show_error(self.error, str(bad))
            return
        if moment is None:
            show_error(self.error, self.tr("A stage needs the date the firm reached it."))
            return
        self._set(record, "at", moment)
        self.refresh()

    def _set(self, record: StageRecord, name: str, value: object) -> None:
        problem = assign(record, name, value, self._page.language())
        show_error(self.error, problem)
        if not problem:
            self._page.edited.emit()

    def add_stage(self) -> None:
        case = self._page.case
        if case is None:
            return
        order = list(FirmStage)
        reached = [order.index(record.stage) for record in case.firm_stages]
        following = order[min(max(reached, default=-1) + 1, len(order) - 1)]
        now = self._page.now().astimezone(timing.case_zone(case)).replace(second=0, microsecond=0)
        case.firm_stages.append(StageRecord(stage=following, at=now))
        self.refresh()
        self.table.setCurrentCell(len(case.firm_stages) - 1, 1)
        self._page.edited.emit()

    def remove_stage(self) -> None:
        case, row = self._page.case, self.table.currentRow()
        if case is None or not 0 <= row < len(case.firm_stages):
            return
        del case.firm_stages[row]
        self.refresh()
        self._page.edited.emit()


class OfferPanel(QGroupBox):
    """The firm's offer: amount, what it covers, its conditions, the date to answer by, and
    the user's answer (which writes offer-reply.pdf), with how it compares to the claim."""

    def __init__(self, page: StepPage) -> None:
        super().__init__(page.body)
        self._page = page
        layout = QVBoxLayout(self)
        form = page.add_form(self)
        layout.addLayout(form)
        blank = FirmOffer()

        def owner(case: Case) -> FirmOffer:
            return case.offer or blank

        def create(case: Case) -> None:
            if case.offer is None:
                case.offer = FirmOffer()

        def bind(caption: Callable[[], str], widget: QWidget, name: str) -> None:
            page.bind(form, caption, widget, owner, name, create=create)

        self.received = DateTimeField(page.zone)
        bind(lambda: self.tr("Offer &received on"), self.received, "received_at")
        self.amount = MoneyField()
        bind(lambda: self.tr("Amo&unt offered"), self.amount, "amount")
        self.covers = QLineEdit()
        bind(lambda: self.tr("What it co&vers"), self.covers, "covers")
        self.conditions = QLineEdit()
        bind(lambda: self.tr("The firm's cond&itions"), self.conditions, "conditions")
        self.full_and_final = QCheckBox()
        bind(
            lambda: self.tr("Offered in full and final settlement"),
            self.full_and_final,
            "full_and_final",
        )
        self.answer_by = DateTimeField(page.zone)
        bind(lambda: self.tr("Answer b&y"), self.answer_by, "answer_by")
        self.decision = EnumCombo(OfferDecision)
        bind(lambda: self.tr("Your answer"), self.decision, "decision")
        self.reply_note = QPlainTextEdit()
        self.reply_note.setTabChangesFocus(True)
        self.reply_note.setMaximumHeight(70)
        bind(lambda: self.tr("Your reasons (in the reply)"), self.reply_note, "reply_note")
        self.evidence = EvidencePicker()
        bind(lambda: self.tr("The firm's offer letter"), self.evidence, "evidence_ids")
        self.weighing = _plain_label(self)
        layout.addWidget(self.weighing)
        page.text(self.setTitle, lambda: self.tr("The firm's offer"))

    def refresh(self) -> None:
        page = self._page
        if page.case is None:
            return
        self.evidence.show_evidence(page.case)
        self.evidence.set_value(page.case.offer.evidence_ids if page.case.offer else [])
        from complaintkit.documents.support_checklist import offer_lines

        found = offer_lines(page.case, page.now(), _words(page).of("checklist"))
        lines = found[1][1:] if found is not None else []  # the first repeats the fields
        self.weighing.setText("\n".join(line.text for line in lines))
        self.weighing.setVisible(bool(lines))


class SupportPanel(QWidget):
    """The four parts, in the order a user needs them on the contacts step."""

    def __init__(self, page: StepPage) -> None:
        super().__init__(page.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.advice = ChannelAdvice(page)
        self.summary = SupportSummary(page)
        self.stages = StagesPanel(page)
        self.offer = OfferPanel(page)
        for part in (self.summary, self.stages, self.offer):
            layout.addWidget(part)

    def refresh(self) -> None:
        for part in (self.advice, self.summary, self.stages, self.offer):
            part.refresh()


class BotBox(QCheckBox):
    """The contact was with an automated assistant or AI agent, not a person."""

    def __init__(self) -> None:
        super().__init__()
        # Told when a contact is shown: loading a binding sets the box with its signals
        # blocked, so `toggled` alone would leave the hint of the previous contact.
        self.shown: list[Callable[[], None]] = []

    def setChecked(self, checked: bool) -> None:
        super().setChecked(checked)
        for follow in self.shown:
            follow()

    def caption(self) -> str:
        return self.tr("An automated assistant or AI agent answered")


class BotHint(QLabel):
    """Under the 'automated assistant' box: ask for a person, keep the reference."""

    def __init__(self, page: StepPage, box: BotBox) -> None:
        super().__init__(page.body)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._page = page
        self._box = box
        box.toggled.connect(lambda _checked: self.follow())
        box.shown.append(self.follow)
        page.text(self.setText, lambda: str(lookup(page.language(), "support", "urgency.bot_hint")))
        self.follow()

    def follow(self) -> None:
        self.setVisible(self._box.isChecked())


def attach_bot_box(
    page: StepPage, form: QFormLayout, selected: Callable[[Case], ContactEvent]
) -> tuple[BotBox, BotHint]:
    """The 'automated assistant' box in the contact's form, with its hint under it."""
    bot = BotBox()
    page.bind(form, bot.caption, bot, selected, "with_bot")
    box_layout = bot.parentWidget().layout() if bot.parentWidget() is not None else None
    hint = BotHint(page, bot)
    if box_layout is not None:
        box_layout.insertWidget(1, hint)
    return bot, hint


def attach_support(page: StepPage) -> SupportPanel:
    """The channel advice at the top of the page; the support record, stages and offer
    under the contacts (made last, so Tab reaches them after the contact's fields)."""
    panel = SupportPanel(page)
    page.body_layout.insertWidget(0, panel.advice)
    page.body_layout.addWidget(panel)
    page.edited.connect(panel.refresh)
    return panel


class FirmNoticeHint(QLabel):
    """Under the evidence kind: how to keep the firm's own notice as evidence."""

    def __init__(self, page: StepPage, kind: EnumCombo) -> None:
        super().__init__(page.body)
        self.setWordWrap(True)
        self._kind = kind
        kind.currentIndexChanged.connect(lambda _index: self.follow())
        # Showing another item sets the kind with signals blocked: follow that too.
        shown_value = kind.set_value

        def set_value(member: EvidenceKind) -> None:
            shown_value(member)
            self.follow()

        kind.set_value = set_value  # type: ignore[method-assign]
        page.text(
            self.setText,
            lambda: self.tr(
                "The firm's own status page, outage announcement or upgrade notice shows"
                " that it knew. Save it now, before it is edited or removed: a full-page"
                " screenshot with the address bar and the time, or the page saved as PDF,"
                " and note where it was published."
            ),
        )
        self.follow()

    def follow(self) -> None:
        self.setVisible(self._kind.value() == EvidenceKind.FIRM_NOTICE)


def attach_notice_hint(kind: EnumCombo, page: StepPage) -> FirmNoticeHint:
    hint = FirmNoticeHint(page, kind)
    layout = kind.parentWidget().layout() if kind.parentWidget() is not None else None
    if layout is not None:
        layout.insertWidget(1, hint)
    return hint
