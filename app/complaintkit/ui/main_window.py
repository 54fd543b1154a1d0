"""The main window: the list of cases, and each case opened as steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from complaintkit import __version__
from complaintkit.flow import StepId
from complaintkit.ui.i18n import Translations
from complaintkit.ui.look import STYLE, mark_primary
from complaintkit.ui.settings import Settings

if TYPE_CHECKING:
    from complaintkit.store import CaseStore, StoreError
    from complaintkit.ui.case_editor import CaseEditor
    from complaintkit.ui.warm_up import WarmUp

# Fits a 1024x600 netbook screen with its taskbar and title bar; every step scrolls.
MINIMUM_SIZE = (760, 480)
PREFERRED_SIZE = (1280, 760)
# Up to this many cases the list follows each key typed into the search box; beyond,
# the search runs once typing pauses for SEARCH_PAUSE_MS.
SEARCH_AT_ONCE_UP_TO = 300
SEARCH_PAUSE_MS = 150


class MainWindow(QMainWindow):
    """The window paints first and fills in after: the case list and the store (which
    need the case model, pydantic) are attached once the frame is on screen, and the
    case editor (documents, knowledge) is built when a case is first opened.
    """

    def __init__(
        self,
        store: CaseStore | None = None,
        language: str = "en",
        translations: Translations | None = None,
        settings: Settings | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__()
        self._store: CaseStore | None = None
        self._now = now
        self._editor: CaseEditor | None = None
        # Loads the editor's modules while the list is read (set by run_gui).
        self.warm_up: WarmUp | None = None
        self.language = language
        self._translations = translations or Translations()
        self._settings = settings
        self.setMinimumSize(*MINIMUM_SIZE)
        self.setStyleSheet(STYLE)
        self.resize(*PREFERRED_SIZE)
        self.fit_to_screen()
        self.pages = QStackedWidget(self)
        self.loading = QLabel()
        # A style property, not Qt.AlignmentFlag: the Qt namespace costs ~25 ms to load
        # and this runs before the first paint.
        self.loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.pages.addWidget(self.loading)
        self.setCentralWidget(self.pages)
        self.list_page: QWidget | None = None
        self.pending_bundle = ""
        self._build_menus()
        self.retranslate()
        if store is not None:
            self.attach(store)

    def fit_to_screen(self) -> None:
        """Keep the whole window on the screen it is on: a size saved on a large monitor,
        or the preferred size, may not fit a small laptop."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        # The frame (title bar, borders) is not known before the first show: allow for it.
        width = min(self.width(), area.width() - 16)
        height = min(self.height(), area.height() - 40)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, MINIMUM_SIZE[0]), max(height, MINIMUM_SIZE[1]))
        frame = self.frameGeometry()
        if not area.contains(frame):
            x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
            y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
            self.move(max(x, area.x()), max(y, area.y()))

    def attach(self, store: CaseStore) -> None:
        """Show the user's cases from `store` (after the first paint, at start-up)."""
        from complaintkit.ui.case_list import CaseListView

        self._store = store
        # Not in _build_menus: the first QKeySequence.StandardKey builds every Qt key
        # enum (~40 ms) and the shortcuts are of no use before there is a store.
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        # Windows (and Qt without a platform theme) has no standard Quit key: Ctrl+Q
        # there too, as the File menu shows it.
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_case)
        mark_primary(self.new_button)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.trash_button = QPushButton()
        self.trash_button.clicked.connect(self.show_trash)
        for button in (
            self.new_button,
            self.open_button,
            self.duplicate_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        # QTimer is imported here, not at the top: QtCore's namespace is costly before
        # the first paint (see __init__), and the search box exists only from now.
        from PySide6.QtCore import QTimer

        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(self.refresh)
        self._case_count = 0
        self.cases = CaseListView(lambda: self.language)
        self.cases.case_activated.connect(lambda case_id: self.open_case(case_id))
        self.cases.itemSelectionChanged.connect(self._enable_case_buttons)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addLayout(buttons)
        layout.addWidget(self.search)
        layout.addWidget(self.cases, 1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.status)
        self.pages.addWidget(self.list_page)
        self.pages.setCurrentWidget(self.list_page)
        self.setTabOrder(self.search, self.cases)
        self.retranslate()
        self.refresh()
        # Keyboard users start where the work is: the list (Enter opens), or New case.
        (self.cases if self.cases.rowCount() else self.new_button).setFocus()

    @property
    def editor(self) -> CaseEditor:
        if self._editor is None:
            if self.warm_up is not None:
                self.warm_up.wait()
            from complaintkit.ui.case_editor import CaseEditor

            self._editor = CaseEditor(self._store, lambda: self.language, self._now)
            self._editor.back_to_list.connect(self.show_list)
            self._editor.remove_example.connect(self.remove_example)
            self.pages.addWidget(self._editor)
            self.case_menu.addAction(self._editor.undo_action)
            self.case_menu.addAction(self._editor.redo_action)
            self.case_menu.addSeparator()
            for action in self._editor.delivery.menu_actions.values():
                self.case_menu.addAction(action)
        return self._editor

    # -- menus ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        # Keyword arguments to Qt constructors load PySide's signature module
        # (about 40 ms at start-up); plain setters do not.
        self.new_action = QAction(self)
        self.new_action.triggered.connect(self.new_case)
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(self.open_demo)
        self.scam_demo_action = QAction(self)
        self.scam_demo_action.triggered.connect(self.open_scam_demo)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_bundle)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_current)
        self.trash_action = QAction(self)
        self.trash_action.triggered.connect(self.show_trash)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        for action in (
            self.new_action,
            self.demo_action,
            self.scam_demo_action,
            self.import_action,
            self.export_action,
            self.trash_action,
            self.restore_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.case_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = bar.addMenu("")
        self.welcome_action = QAction(self)
        self.welcome_action.triggered.connect(self.show_welcome)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.log_action = QAction(self)
        self.log_action.triggered.connect(self.open_log_folder)
        self.help_menu.addAction(self.welcome_action)
        self.help_menu.addAction(self.log_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Complaint Kit"))
        self.loading.setText(self.tr("Opening your cases…"))
        self._retranslate_menus()
        if self.list_page is None:
            return
        self.new_button.setText(self.tr("&New case"))
        self.open_button.setText(self.tr("&Open"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.delete_button.setText(self.tr("&Delete"))
        self.trash_button.setText(self.tr("Deleted cases…"))
        self.search.setPlaceholderText(self.tr("Search cases"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.empty_hint.setText(
            self.tr('No cases yet. Click "New case" to start; your work is saved as you type.')
        )
        self.cases.retranslate()
        if self._editor is not None:
            self._editor.retranslate()
        self._enable_case_buttons()

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New case"))
        self.demo_action.setText(self.tr("Open the e&xample case"))
        self.scam_demo_action.setText(self.tr("Open the example of a &scam platform"))
        self.import_action.setText(self.tr("&Import a case file…"))
        self.export_action.setText(self.tr("&Export this case…"))
        self.trash_action.setText(self.tr("&Deleted cases…"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.case_menu.setTitle(self.tr("&Case"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.welcome_action.setText(self.tr("&What this app does"))
        self.about_action.setText(self.tr("&About Complaint Kit"))
        self.log_action.setText(self.tr("Open the &log folder"))

    def set_language(self, language: str) -> None:
        """Switch the whole UI (and the enum labels) without a restart."""
        if self._editor is not None and self._editor.case is not None:
            self._editor.save_now()  # retranslating reloads the page and its editors
        if not self._translations.use(language):
            language = self._translations.language
        self.language = language
        if self._settings is not None:
            self._settings.set_language(language)
        self.language_actions[language].setChecked(True)
        self.retranslate()

    # -- the list ---------------------------------------------------------------------

    def _search_changed(self) -> None:
        """A few hundred cases are searched in a few milliseconds: the list follows each
        key. Beyond that each search reads every case's text, so it waits for a pause in
        the typing instead of running for every key."""
        if self._case_count <= SEARCH_AT_ONCE_UP_TO:
            self.refresh()
        else:
            self._search_pause.start()

    def refresh(self) -> None:
        self._search_pause.stop()
        query = self.search.text()
        summaries = self._store.list_cases(query)
        if not query.strip():
            self._case_count = len(summaries)
        self.cases.show_cases(summaries)
        if summaries and self.cases.currentRow() < 0:
            self.cases.selectRow(0)  # Enter or "Open" works straight away
        self.empty_hint.setVisible(not summaries)
        self._enable_case_buttons()

    def _enable_case_buttons(self) -> None:
        chosen = self.cases.selected_case_id() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)
        editing = self._editor is not None and self._editor.case is not None
        self.export_action.setEnabled(chosen or editing)

    def select_case(self, case_id: str) -> None:
        self.cases.select_case(case_id)

    def show_list(self) -> None:
        if self._editor is not None and not self._editor.close_case():
            return  # not saved: stay, the editor says why
        self.pages.setCurrentWidget(self.list_page)
        self.refresh()
        self.cases.setFocus()

    def _tell(self, error: StoreError) -> None:
        QMessageBox.warning(self, self.tr("Complaint Kit"), error.message(self.language))

    def new_case(self) -> None:
        from complaintkit.domain import Case, Language
        from complaintkit.store import StoreError

        case = Case(letter_language=Language(self.language))
        try:
            stored = self._store.create(case)
        except StoreError as error:
            self._tell(error)
            return
        self.open_case(stored.id)

    def open_case(self, case_id: str, step: StepId = StepId.PLATFORM) -> None:
        from complaintkit.store import StoreError

        if self._editor is not None and self._editor.case is not None:
            if not self._editor.close_case():
                return
        try:
            case = self._store.load(case_id)
        except StoreError as error:
            self._tell(error)
            return
        self.editor.open_case(case, step)
        self.pages.setCurrentWidget(self.editor)
        self._enable_case_buttons()

    def open_selected(self) -> None:
        case_id = self.cases.selected_case_id()
        if case_id is not None:
            self.open_case(case_id)

    def open_demo(self) -> None:
        self._open_example(scam=False)

    def open_scam_demo(self) -> None:
        """The third example: the platform itself is the problem (the scam track)."""
        self._open_example(scam=True)

    def _open_example(self, scam: bool) -> None:
        from complaintkit.demo import install_demo
        from complaintkit.store import StoreError

        try:
            case = install_demo(self._store, self.language, scam=scam)
        except StoreError as error:
            self._tell(error)
            return
        self.open_case(case.id)

    def remove_example(self, case_id: str) -> None:
        """The example case goes in one click, for good: it can be opened again any time."""
        from complaintkit.store import StoreError

        if self._editor is not None:
            self._editor.close_case()
        try:
            self._store.delete(case_id)
            self._store.purge(case_id)
        except StoreError as error:
            self._tell(error)
        self.pages.setCurrentWidget(self.list_page)
        self.refresh()
        self.status.setText(
            self.tr("The example was removed. File › Open the example case brings it back.")
        )
        self.cases.setFocus()

    def duplicate_selected(self) -> None:
        from complaintkit.store import StoreError

        case_id = self.cases.selected_case_id()
        if case_id is None:
            return
        try:
            copy = self._store.duplicate(case_id)
        except StoreError as error:
            self._tell(error)
            return
        self.refresh()
        self.select_case(copy.id)

    def delete_selected(self) -> None:
        from complaintkit.store import StoreError

        case_id = self.cases.selected_case_id()
        if case_id is None:
            return
        try:
            self._store.delete(case_id)
        except StoreError as error:
            self._tell(error)
            return
        self.refresh()
        self.status.setText(
            self.tr('The case was moved to "Deleted cases"; you can restore it from there.')
        )

    def show_trash(self) -> None:
        from complaintkit.ui.trash import TrashDialog

        dialog = TrashDialog(self._store, lambda: self.language, self)
        dialog.exec()
        self.refresh()
        if dialog.restored:
            self.select_case(dialog.restored[-1])

    def restore_from_backup(self) -> None:
        """File › Restore from backup…: the dialog chooses, the store keeps the replaced
        file aside and reopens on the restored copy."""
        from complaintkit.store import StoreError
        from complaintkit.ui.restore_dialog import RestoreDialog

        if self._store is None:
            return
        if self._editor is not None and self._editor.case is not None:
            if not self._editor.close_case():
                return
            self.pages.setCurrentWidget(self.list_page)
        dialog = RestoreDialog(self._store.root, lambda: self.language, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        try:
            kept = self._store.recover_from_backup(dialog.chosen)
        except StoreError as error:
            self._tell(error)
            return
        finally:
            self.refresh()
        message = self.tr("The backup was restored.")
        if kept is not None:
            message += " " + self.tr("Your previous case file is kept as %1.").replace(
                "%1", str(kept)
            )
        QMessageBox.information(self, self.tr("Complaint Kit"), message)

    # -- bundles ----------------------------------------------------------------------

    def import_bundle(self) -> None:
        """File › Import: ask for the case file, then import it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a case file"),
            "",
            self.tr("Complaint Kit case (*.complaintkit)"),
        )
        if path:
            self.import_bundle_file(path)

    def import_bundle_file(self, path: str) -> None:
        from complaintkit.delivery.bundle import BundleError, import_case
        from complaintkit.store import StoreError

        try:
            case = import_case(self._store, Path(path), self.language)
        except BundleError as error:
            QMessageBox.warning(self, self.tr("Complaint Kit"), str(error))
            return
        except StoreError as error:
            self._tell(error)
            return
        self.refresh()
        self.open_case(case.id)

    def export_current(self) -> None:
        from complaintkit.delivery.bundle import BundleError, export_case
        from complaintkit.store import StoreError

        editing = self._editor.case if self._editor is not None else None
        case_id = editing.id if editing is not None else self.cases.selected_case_id()
        if case_id is None:
            return
        if self._editor is not None:
            self._editor.save_now()
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export this case"),
            "case.complaintkit",
            self.tr("Complaint Kit case (*.complaintkit)"),
        )
        if not target:
            return
        try:
            export_case(self._store, case_id, Path(target))
        except (BundleError, OSError) as error:
            QMessageBox.warning(self, self.tr("Complaint Kit"), str(error))
        except StoreError as error:
            self._tell(error)

    # -- help -------------------------------------------------------------------------

    def show_welcome(self) -> int:
        from complaintkit.ui.welcome import WelcomeDialog

        choice = WelcomeDialog(self).exec()
        # Keys go back to this window: without a window manager that hands activation
        # back (or with one that does not), Ctrl+N and the Alt letters did nothing and
        # the typing went to the New case button, whose Space then pressed it.
        self.activateWindow()
        if self._settings is not None:
            self._settings.set_welcomed()
        if choice == WelcomeDialog.DEMO:
            self.open_demo()
        elif choice == WelcomeDialog.START:
            self.new_case()
        return choice

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from complaintkit.logs import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def bring_forward(self, bundle: str = "") -> None:
        """Another launch handed over to this window (and maybe a case file to open)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        if bundle and self._store is None:
            self.pending_bundle = bundle  # opened once the cases are attached
        elif bundle:
            self.import_bundle_file(bundle)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Complaint Kit"),
            self.tr(
                "Complaint Kit %1\nHelps you write a complaint to a trading platform."
                " Your data stays on this computer."
            ).replace("%1", __version__),
        )

    # -- closing ----------------------------------------------------------------------

    def _ask_close_unsaved(self) -> bool:
        """True only if the user chose to lose the unsaved changes; keeping the window
        open is the default (Enter, Esc)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Complaint Kit"))
        box.setText(self.tr("Your latest changes could not be saved."))
        box.setInformativeText(
            self.tr("Keep the window open to copy them somewhere safe, or close and lose them.")
        )
        keep = box.addButton(self.tr("&Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        lose = box.addButton(
            self.tr("&Close and lose them"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is lose

    def closeEvent(self, event: QCloseEvent) -> None:
        editor = self._editor
        if editor is not None and editor.case is not None and not editor.save_now():
            if not self._ask_close_unsaved():
                event.ignore()
                return
        if editor is not None:
            if editor.review.task is not None:
                editor.review.task.cancel()
            editor.runner.wait(10_000)
        if self._settings is not None:
            self._settings.set_geometry(self.saveGeometry())
        event.accept()
