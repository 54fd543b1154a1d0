"""One case as steps: the step list with completion on the left, the step on the right.

Every edit goes to the case in memory and is autosaved; Back and Next move
through the steps, and any step can be opened at any time from the list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from complaintkit.domain import Case
from complaintkit.flow import STEP_ORDER, StepId, StepState, Unaccepted, step_states
from complaintkit.store import CaseStore
from complaintkit.ui.autosave import Autosaver
from complaintkit.ui.delivery import DeliveryPanel
from complaintkit.ui.fields import error_style
from complaintkit.ui.followups import FollowUpPanel
from complaintkit.ui.look import mark, mark_primary
from complaintkit.ui.steps.base import StepPage
from complaintkit.ui.steps.claimant import ClaimantPage
from complaintkit.ui.steps.contacts import ContactsPage
from complaintkit.ui.steps.evidence import EvidencePage
from complaintkit.ui.steps.platform import PlatformPage
from complaintkit.ui.steps.problem import ProblemPage
from complaintkit.ui.steps.remedy import RemedyPage
from complaintkit.ui.steps.review import ReviewPage
from complaintkit.ui.steps.timeline import TimelinePage
from complaintkit.ui.steps.trades import TradesPage
from complaintkit.ui.tasks import TaskRunner

MARKS = {
    StepState.COMPLETE: "✓",
    StepState.WEAK: "•",
    StepState.MISSING: "!",
    StepState.WRONG: "!",
    StepState.EMPTY: "",
}


class CaseEditor(QWidget):
    back_to_list = Signal()
    remove_example = Signal(str)  # the example case's id: remove it and show the list

    def __init__(
        self,
        store: CaseStore,
        language: Callable[[], str],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._language = language
        self._now = now
        self.case: Case | None = None
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.autosaver = Autosaver(store, language, self)
        self.autosaver.saved.connect(self._show_saved)
        self.autosaver.failed.connect(self._show_save_failed)

        self.pages: dict[StepId, StepPage] = {
            StepId.PLATFORM: PlatformPage(language),
            StepId.CLAIMANT: ClaimantPage(language),
            StepId.PROBLEM: ProblemPage(language),
            StepId.TIMELINE: TimelinePage(language),
            StepId.TRADES: TradesPage(language, self.undo_stack),
            StepId.EVIDENCE: EvidencePage(language, store, self.runner, self.undo_stack),
            StepId.CONTACTS: ContactsPage(language, self.undo_stack, now),
            StepId.REMEDY: RemedyPage(language),
            StepId.REVIEW: ReviewPage(language, store, self.runner, self.step_titles, now),
        }
        self.review: ReviewPage = self.pages[StepId.REVIEW]  # type: ignore[assignment]
        self.review.before_generating = self.commit_pending_edits
        self.review.go_to_step.connect(self.show_finding)
        self.review.refused_on_pages = self.unaccepted
        self.delivery = DeliveryPanel(self.review, self.runner, now)
        self.review.actions.addWidget(self.delivery)
        self.followups = FollowUpPanel(self.review, self.delivery, self.runner, now)
        self.review.actions.addWidget(self.followups)

        # Top bar: back to the list, the case's title, whether it is saved.
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_to_list)
        self.case_title = QLabel()
        mark(self.case_title, "case-title")
        self.save_state = QLabel()
        self._save_state = ""  # "", "saving", "saved" or the failure message
        self.help_button = QPushButton()
        self.help_button.setCheckable(True)
        self.help_button.setChecked(True)
        self.help_button.toggled.connect(self._help_toggled)
        self.help_button.clicked.connect(lambda _checked: self.mark_help_choice())
        self._help_chosen: bool | None = None  # the user's own choice, once made
        self.remove_example_button = QPushButton()
        self.remove_example_button.setVisible(False)
        self.remove_example_button.clicked.connect(
            lambda: self.case is not None and self.remove_example.emit(self.case.id)
        )
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.case_title, 1)
        top.addWidget(self.remove_example_button)
        top.addWidget(self.save_state)
        top.addWidget(self.help_button)

        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        self.steps.setMinimumWidth(150)
        self.steps.setMaximumWidth(260)
        for _step in STEP_ORDER:
            self.steps.addItem(QListWidgetItem())
        self.steps.currentRowChanged.connect(lambda row: self.show_step(STEP_ORDER[row]))

        self.step_title = QLabel()
        mark(self.step_title, "step-title")
        # Where the user is in the whole: "Step 4 of 9 · 6 steps done".
        self.step_progress = QLabel()
        mark(self.step_progress, "step-progress")
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.edited.connect(self._edited)
            page.refusals_changed.connect(self._refusals_changed)
        self.back_step = QPushButton()
        self.back_step.clicked.connect(lambda: self._move(-1))
        self.next_step = QPushButton()
        self.next_step.clicked.connect(lambda: self._move(1))
        # On the last step the bar's primary button generates: always in view, however
        # small the screen and however long the review page.
        self.generate_step = self.review.take_generate_button()
        mark_primary(self.next_step)
        mark_primary(self.generate_step)
        navigation = QHBoxLayout()
        navigation.addWidget(self.back_step)
        navigation.addStretch(1)
        navigation.addWidget(self.next_step)
        navigation.addWidget(self.generate_step)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.step_title)
        middle_layout.addWidget(self.step_progress)
        middle_layout.addWidget(self.stack, 1)
        middle_layout.addLayout(navigation)

        self.help = QTextBrowser()
        self.help.setOpenLinks(False)
        self.help.setTabChangesFocus(True)  # readable, never a Tab trap
        self.help.setMinimumWidth(200)
        self.help_title = QLabel()
        help_panel = QWidget()
        self.help_panel = help_panel
        help_layout = QVBoxLayout(help_panel)
        help_layout.setContentsMargins(0, 0, 0, 0)
        help_layout.addWidget(self.help_title)
        help_layout.addWidget(self.help, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.steps)
        splitter.addWidget(middle)
        splitter.addWidget(help_panel)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([210, 780, 260])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.redo_action)
        for offset, keys in ((-1, "Alt+Left"), (1, "Alt+Right")):
            move = QAction(self)
            move.setShortcut(QKeySequence(keys))
            move.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            move.triggered.connect(lambda _=False, o=offset: self._move(o))
            self.addAction(move)
        self.retranslate()

    # -- the case ---------------------------------------------------------------------

    def open_case(self, case: Case, step: StepId = StepId.PLATFORM) -> None:
        self.autosaver.watch(None)  # saves what was pending for the previous case
        self.undo_stack.clear()
        self.case = case
        self.autosaver.watch(case)
        for page in self.pages.values():
            page.case = case
        self.review.files = self.review.files_case = None
        self.review.case = case
        self.review.refresh_sets()  # an unchanged case's last set is current again
        self.delivery.message.setText("")
        self.review.result.setText("")
        self.review.open_folder_button.setVisible(False)
        self._show_title()
        self.save_state.setText("")
        self.show_step(step, force=True)
        self.current_page().focus_first_field()

    def commit_pending_edits(self) -> None:
        """Write what is still in an open editor (a table cell being typed in) to the
        case, as leaving the cell would: before quitting, changing step, generating,
        exporting or switching language, none of which moves the focus out of it."""
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            return
        for view in self.findChildren(QAbstractItemView):
            viewport = view.viewport()
            if focused is not viewport and viewport.isAncestorOf(focused):
                editor = focused
                while editor.parentWidget() is not viewport:
                    editor = editor.parentWidget()
                view.commitData(editor)
                view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return

    def save_now(self) -> bool:
        """Commit open editors and save; False if it could not be saved (the user was told)."""
        self.commit_pending_edits()
        return self.autosaver.flush()

    def close_case(self) -> bool:
        """Save what is pending; False if it could not be saved (the user was told)."""
        saved = self.save_now()
        if saved:
            self.autosaver.watch(None)
            self.case = None
        return saved

    def current_step(self) -> StepId:
        return STEP_ORDER[self.stack.currentIndex()]

    def current_page(self) -> StepPage:
        return self.pages[self.current_step()]

    def show_step(self, step: StepId, force: bool = False) -> None:
        if self.case is None:
            return
        index = STEP_ORDER.index(step)
        if not force and index == self.stack.currentIndex() and self.steps.currentRow() == index:
            return
        self.commit_pending_edits()
        page = self.pages[step]
        page.load(self.case)
        self.stack.setCurrentIndex(index)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self._show_step_texts()
        self._show_completion()
        if step is StepId.REVIEW:
            self.followups.refresh()

    # -- the help panel ----------------------------------------------------------------

    HELP_ROOM = 1100  # narrower than this, the help panel starts folded away

    def _help_toggled(self, shown: bool) -> None:
        self.help_panel.setVisible(shown)
        self._show_help_button()

    def _show_help_button(self) -> None:
        shown = self.help_button.isChecked()
        self.help_button.setText(self.tr("Hide help") if shown else self.tr("Show help"))
        self.help_button.setToolTip(
            self.tr("What to collect on this step, and why")
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._help_chosen is None:
            wide = event.size().width() >= self.HELP_ROOM
            if self.help_button.isChecked() != wide:
                self.help_button.blockSignals(True)
                self.help_button.setChecked(wide)
                self.help_button.blockSignals(False)
                self._help_toggled(wide)

    def mark_help_choice(self) -> None:
        self._help_chosen = self.help_button.isChecked()

    def _move(self, offset: int) -> None:
        index = self.stack.currentIndex() + offset
        if 0 <= index < len(STEP_ORDER):
            self.show_step(STEP_ORDER[index])
            self.current_page().focus_first_field()

    def _edited(self) -> None:
        self.autosaver.changed()
        self._save_state = "saving"
        self.save_state.setText(self.tr("Saving…"))
        self._show_title()
        self._show_completion()
        if self.current_step() is not StepId.REVIEW:
            return
        self.review.refresh_findings()
        self.followups.refresh()

    def _show_saved(self) -> None:
        self._save_state = "saved"
        self.save_state.setText(self.tr("All changes saved"))
        self.save_state.setStyleSheet("")

    def _show_save_failed(self, message: str) -> None:
        self._save_state = message
        self.save_state.setText(self.tr("Not saved: %1").replace("%1", message))
        self.save_state.setStyleSheet(error_style())

    def _retranslate_save_state(self) -> None:
        if self._save_state == "saving":
            self.save_state.setText(self.tr("Saving…"))
        elif self._save_state == "saved":
            self.save_state.setText(self.tr("All changes saved"))
        elif self._save_state:
            # The failure is explained again in the new language at the next save; until
            # then the reason keeps its words but the frame is translated.
            self.save_state.setText(self.tr("Not saved: %1").replace("%1", self._save_state))

    def _show_title(self) -> None:
        if self.case is not None:
            title = self.case.title or self.tr("(untitled case)")
            if self.case.example:
                title = self.tr("Example: %1").replace("%1", title)
            self.case_title.setText(title)
            self.remove_example_button.setVisible(self.case.example)

    # -- texts ------------------------------------------------------------------------

    def step_titles(self) -> dict[str, str]:
        return {step.value: page.title() for step, page in self.pages.items()}

    def unaccepted(self) -> list[Unaccepted]:
        """Values shown on any page that the case refused (each explained under its field)."""
        return [entry for page in self.pages.values() for entry in page.unaccepted()]

    def step_state(self, step: StepId) -> str:
        """The step list's mark: ✓, • or ! ("" for nothing entered yet, and for Review)."""
        if self.case is None or step is StepId.REVIEW:
            return ""
        return MARKS[step_states(self.case, self._now(), self.unaccepted())[step]]

    def show_finding(self, step: str, field: str) -> None:
        """Review's link: the step, with the cursor in the field that fixes the finding."""
        self.show_step(StepId(step))
        page = self.current_page()
        if not page.focus_field(field):
            page.focus_first_field()

    def _refusals_changed(self) -> None:
        self._show_completion()
        if self.current_step() is StepId.REVIEW:
            self.review.refresh_findings()

    def _show_completion(self) -> None:
        states = step_states(self.case, self._now(), self.unaccepted()) if self.case else {}
        tips = {
            StepState.COMPLETE: self.tr("Complete"),
            StepState.WEAK: self.tr("Could be stronger"),
            StepState.MISSING: self.tr("Something important is missing"),
            StepState.WRONG: self.tr("Something here is wrong or was not saved"),
            StepState.EMPTY: self.tr("Nothing entered yet"),
        }
        done = sum(state is StepState.COMPLETE for state in states.values())
        self.step_progress.setText(
            self.tr("Step %1 of %2 · %3 of %4 steps complete")
            .replace("%1", str(self.stack.currentIndex() + 1))
            .replace("%2", str(len(STEP_ORDER)))
            .replace("%3", str(done))
            .replace("%4", str(len(STEP_ORDER) - 1))
        )
        for row, step in enumerate(STEP_ORDER):
            state = states.get(step)
            item = self.steps.item(row)
            mark = MARKS[state] if state is not None else ""
            item.setText(f"{row + 1}. {self.pages[step].title()}  {mark}".rstrip())
            item.setToolTip(tips.get(state, "") if state is not None else "")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.toolTip())

    def _show_step_texts(self) -> None:
        page = self.current_page()
        self.step_title.setText(page.title())
        self.help.setHtml(page.help_text())
        index = self.stack.currentIndex()
        last = index == len(STEP_ORDER) - 1
        self.back_step.setEnabled(index > 0)
        self.next_step.setVisible(not last)
        self.generate_step.setVisible(last)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All cases"))
        self.back_step.setText(self.tr("< &Back"))
        self.next_step.setText(self.tr("&Next >"))
        self._show_help_button()
        self._retranslate_save_state()
        self.help_title.setText(self.tr("What to collect, and why"))
        self.remove_example_button.setText(self.tr("Remove the example"))
        self.remove_example_button.setToolTip(
            self.tr("The example is not your case: remove it from your list (it can be opened"
                    " again from the File menu)")
        )
        self.steps.setAccessibleName(self.tr("Steps"))
        self.help.setAccessibleName(self.tr("Help for this step"))
        for page in self.pages.values():
            page.retranslate()
        self.delivery.retranslate()
        self.followups.retranslate()
        self._show_title()
        self._show_completion()
        if self.case is not None:
            self._show_step_texts()
            self.current_page().load(self.case)
