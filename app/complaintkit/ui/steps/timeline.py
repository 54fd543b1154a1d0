"""Step 4: when and what happened: times with their time zone, the story, error texts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QWidget

from complaintkit.domain import Case
from complaintkit.domain.zone_names import known_zones
from complaintkit.flow import StepId
from complaintkit.ui.fields import DateTimeField, ZoneCombo
from complaintkit.ui.steps.base import StepPage

COMMON_ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Singapore",
    "Asia/Taipei",
    "Asia/Tokyo",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "Australia/Sydney",
    "UTC",
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class TimelinePage(StepPage):
    step_id = StepId.TIMELINE

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        form = self.add_form()
        system_zone = QTimeZone.systemTimeZoneId().data().decode()
        zones = list(dict.fromkeys([*COMMON_ZONES, system_zone]))
        known = known_zones()
        self.timezone = ZoneCombo([zone for zone in zones if zone in known])
        zone_binding = self.bind(
            form,
            lambda: self.tr("&Time zone of the times below"),
            self.timezone,
            lambda c: c.problem,
            "timezone",
        )
        zone_binding.edited.connect(self._zone_changed)
        zone = self.zone
        self.started = DateTimeField(zone)
        self.bind(
            form, lambda: self.tr("It &started"), self.started, lambda c: c.problem, "started_at"
        )
        self.ongoing = QCheckBox()
        self.bind(
            form, lambda: self.tr("Still &going on"), self.ongoing, lambda c: c.problem, "ongoing"
        )
        self.ended = DateTimeField(zone)
        self.bind(form, lambda: self.tr("It en&ded"), self.ended, lambda c: c.problem, "ended_at")
        self.ongoing.toggled.connect(lambda on: self.ended.setEnabled(not on))
        self.narrative = QPlainTextEdit()
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(160)
        self.bind(
            form,
            lambda: self.tr("What ha&ppened, in order"),
            self.narrative,
            lambda c: c.problem,
            "narrative",
        )
        self.text(
            self.narrative.setPlaceholderText,
            lambda: self.tr(
                "For example: At 09:31 I placed a sell order for 1,000 shares. The app showed"
                ' "submitting" for four minutes, then the order filled at 10.20 instead of 10.45.'
            ),
        )
        self.errors = QPlainTextEdit()
        self.errors.setTabChangesFocus(True)
        self.errors.setMaximumHeight(90)
        self.bind(
            form,
            lambda: self.tr("&Error messages, word for word (one per line)"),
            self.errors,
            lambda c: c.problem,
            "error_messages",
            to_model=_lines,
            from_model="\n".join,
        )

    def _zone_changed(self) -> None:
        # The stored moments are absolute; show them in the newly chosen zone.
        if self.case is not None:
            for binding in self.bindings:
                if isinstance(binding.widget, DateTimeField):
                    binding.load(self.case)

    def load(self, case: Case) -> None:
        super().load(case)
        self.ended.setEnabled(not case.problem.ongoing)

    def title(self) -> str:
        return self.tr("When and what happened")

    def help_text(self) -> str:
        return self.tr(
            "<p>Give the date and time things happened, as exactly as you can, with the time"
            ' zone you were in. "Recently" or "for days" is easy to dismiss; "20 Nov,'
            ' 09:31 to 09:35" is not.</p>'
            "<p>Tell it in order, calmly, in short sentences. Copy error messages exactly as"
            " they appeared, including codes.</p>"
        )
