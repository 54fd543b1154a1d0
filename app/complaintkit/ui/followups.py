"""Follow-up letters from the review step, offered when they make sense: a reminder and
a request for the final response once the complaint was sent, the cover note to the
scheme only once the scheme can take the case (documents.followup decides)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from complaintkit.ui.fields import show_error

# documents.followup's kinds, by value: the module (the letter composers) loads only
# once a case has been sent and the panel has something to offer.
KINDS = ("reminder", "final_response_request", "cover_note")

if TYPE_CHECKING:
    from complaintkit.ui.delivery import DeliveryPanel
    from complaintkit.ui.steps.review import ReviewPage
    from complaintkit.ui.tasks import TaskRunner


class FollowUpPanel(QGroupBox):
    def __init__(
        self,
        review: ReviewPage,
        delivery: DeliveryPanel,
        runner: TaskRunner,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.review = review
        self._delivery = delivery  # its open_url: the desktop boundary tests replace
        self._runner = runner
        self._now = now
        layout = QGridLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro, 0, 0, 1, 3)
        self.buttons: dict[str, QPushButton] = {}
        self.reasons: dict[str, QLabel] = {}
        for row, kind in enumerate(KINDS, start=1):
            button = QPushButton(self)
            button.clicked.connect(lambda _checked=False, k=kind: self.write(k))
            reason = QLabel(self)
            reason.setWordWrap(True)
            layout.addWidget(button, row, 0)
            layout.addWidget(reason, row, 1, 1, 2)
            self.buttons[kind], self.reasons[kind] = button, reason
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message, len(KINDS) + 1, 0, 1, 3)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error, len(KINDS) + 2, 0, 1, 3)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("After sending: follow up"))
        self.intro.setText(
            self.tr(
                "If the firm does not answer, or answers without putting things right, these"
                " letters take the next step. Each is offered when it can be used."
            )
        )
        texts = {
            "reminder": self.tr("Write a re&minder"),
            "final_response_request": self.tr("As&k for the final response"),
            "cover_note": self.tr("Cover note to the scheme"),
        }
        for kind, text in texts.items():
            self.buttons[kind].setText(text)
        self.refresh()

    def refresh(self) -> None:
        """Which letters can be written now; the reason beside those that cannot."""
        case = self.review.case
        self.setVisible(case is not None and case.sent is not None)
        if case is None or case.sent is None:
            return
        from complaintkit.documents.followup import followup_options

        options = followup_options(case, case.letter_language.value, self._now())
        for kind, why_not in options.items():
            self.buttons[kind].setEnabled(not why_not)
            self.reasons[kind].setText(why_not)

    def write(self, value: str) -> None:
        import copy

        from complaintkit.documents.followup import FollowUpKind, write_followup
        from complaintkit.ui.steps.review import output_folder

        kind = FollowUpKind(value)
        case = copy.deepcopy(self.review.case)
        language, now = case.letter_language.value, self._now()
        folder = output_folder(case) / "follow-ups"
        show_error(self.error, "")
        self.message.setText(self.tr("Writing the letter…"))
        self.buttons[kind].setEnabled(False)

        def written(paths: tuple[Path, Path]) -> None:
            from complaintkit.documents.review_summary import followup_review

            pdf = paths[0]
            findings = followup_review(case, kind, language, now)
            text = self.tr("Written: %1").replace("%1", str(pdf))
            if findings:
                text += "\n" + self.tr("Before you send it: %1").replace("%1", findings[0].what)
            self.message.setText(text)
            self._delivery.open_url(QUrl.fromLocalFile(str(pdf)))

        def failed(error: BaseException) -> None:
            self.message.setText("")
            detail = getattr(error, "message", "") or str(error)
            show_error(
                self.error, self.tr("The letter could not be written: %1").replace("%1", detail)
            )

        self._runner.run(
            lambda _progress, _cancelled: write_followup(case, kind, language, folder, now),
            on_success=written,
            on_error=failed,
            on_finished=self.refresh,
        )
